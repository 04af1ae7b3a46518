package org.priorart.patent;

import java.util.List;

/**
 * One numbered claim. A claim that refers to no other claim is independent; a dependent claim names
 * the claims it refers to ("as claimed in claim 1").
 *
 * @param number    the claim number as printed (1-based)
 * @param text      the claim text, without its leading number
 * @param dependsOn numbers of the claims this claim refers to; empty for an independent claim
 */
public record Claim(int number, String text, List<Integer> dependsOn) {

    public Claim {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        text = text == null ? "" : text;
    }

    public boolean independent() {
        return dependsOn.isEmpty();
    }
}
