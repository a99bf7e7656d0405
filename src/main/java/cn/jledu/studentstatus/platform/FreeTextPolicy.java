package cn.jledu.studentstatus.platform;

/**
 * The check of free text at the edge (issue 13 §4, docs/security.md "Input at the edge"): what a document can carry
 * — a maximum length, no control or invisible format characters, only characters the PDF fonts show. Implemented by
 * the document module (which knows the fonts); applied to every text of every JSON request body of our API
 * ({@link FreeTextRequestAdvice}) and to every text field of every Tasklist form ({@link TaskVariableGuard}).
 */
public interface FreeTextPolicy {

    /** The maximum length of a text field that declares none. */
    int DEFAULT_MAX_LENGTH = 2000;

    /**
     * Checks one text value; a refusal is an {@link InvalidInput} naming the field, its Chinese label and the
     * character (or the limit).
     *
     * @return the text stripped of surrounding whitespace (null stays null)
     */
    String check(String field, String label, String value, int maxLength);
}
