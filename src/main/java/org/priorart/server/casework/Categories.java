package org.priorart.server.casework;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.priorart.error.UserInputException;
import org.priorart.server.session.Category;

/**
 * A citation's categories as a search report writes them (WIPO ST.14): one letter ("X") or a
 * combination ("X,E", "Y,P", "A,D,L"), at most one of X, Y and A, each letter once, written in
 * the standard's order with the relevance letter first.
 */
public final class Categories {

    private Categories() {
    }

    /**
     * Reads "X", "x, e", "XE" or "X,E".
     *
     * @throws UserInputException saying what is wrong, for the API to name the field
     */
    public static List<Category> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new UserInputException("category is required: X, Y or A, optionally with E, P, D, L, O or T (\"X,E\")");
        }
        String letters = text.replaceAll("[\\s,;/+]", "");
        if (letters.length() > 9) {
            throw new UserInputException("category must be letters of X, Y, A, E, P, D, L, O, T, was '" + text + "'");
        }
        EnumSet<Category> set = EnumSet.noneOf(Category.class);
        for (char c : letters.toCharArray()) {
            Category cat = Category.parse(String.valueOf(c));
            if (!set.add(cat)) {
                throw new UserInputException("category " + cat + " is given twice in '" + text + "'");
            }
        }
        long relevance = set.stream().filter(Category::relevance).count();
        if (relevance > 1) {
            throw new UserInputException("at most one of X, Y and A, was '" + text + "'");
        }
        List<Category> out = new ArrayList<>(set); // enum order: X, Y, A first, then E, P, D, L, O, T
        return List.copyOf(out);
    }

    /** "X,E". */
    public static String format(List<Category> categories) {
        return categories.stream().map(Category::name).collect(Collectors.joining(","));
    }
}
