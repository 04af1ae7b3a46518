/**
 * The kinds of failure PriorArt tells apart by type, never by message text: a
 * {@link org.priorart.error.UserInputException} is the user's to fix (the API's 400); every other
 * exception is the system's (the API's 500, logged once with a reference), except a
 * {@link org.priorart.error.ConcurrentChangeException}: a change that kept meeting other writers' changes,
 * to be made again (the API's 409).
 */
package org.priorart.error;
