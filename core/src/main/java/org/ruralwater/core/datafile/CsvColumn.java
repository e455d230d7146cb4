package org.ruralwater.core.datafile;

/**
 * A column of a CSV header: the field it fills, and the values of the last few distinct texts read in it.
 *
 * <p>A column such as a household's village, works or connection holds few distinct texts, row after row,
 * and comparing a text with one seen before costs less than parsing it again (a region code's checks, a
 * record, an enum lookup). Only values that may be shared are remembered ({@link ValueType#isShareable}),
 * and never a text that did not parse, so that every bad value is reported where it is. A column whose
 * texts do not repeat, such as an id, stops looking after {@link #GIVE_UP} misses in a row.
 */
final class CsvColumn {

    /** How many texts a column remembers; a power of two. */
    private static final int REMEMBERED = 4;

    /** Misses in a row after which a column stops looking. */
    private static final int GIVE_UP = 64;

    private final RecordShape.Field field;
    private boolean remembers;
    /** The texts as UTF-8 bytes, and the length and last byte of each, compared first. */
    private final byte[][] texts = new byte[REMEMBERED][];

    private final int[] lengths = new int[REMEMBERED];
    private final int[] lastBytes = new int[REMEMBERED];
    private final Object[] values = new Object[REMEMBERED];
    private int newest;
    private int misses;

    /** A column that fills {@code field}, or none (null) for an unknown or repeated column. */
    CsvColumn(RecordShape.Field field) {
        this.field = field;
        this.remembers = field != null && field.type().isShareable();
    }

    RecordShape.Field field() {
        return field;
    }

    /** The value read earlier from a text equal to the current field's, or null. */
    Object remembered(CsvTokenizer in) {
        if (!remembers) {
            return null;
        }
        int length = in.valueLength();
        int lastByte = in.valueLastByte();
        for (int k = 0; k < REMEMBERED; k++) {
            int i = (newest - k) & (REMEMBERED - 1);
            byte[] text = texts[i];
            if (text == null) {
                break;
            }
            // Different texts mostly differ in length or at the end, as consecutive ids do.
            if (lengths[i] == length && lastBytes[i] == lastByte && in.valueEquals(text)) {
                misses = 0;
                return values[i];
            }
        }
        if (++misses == GIVE_UP) {
            remembers = false;
        }
        return null;
    }

    /** Remembers the value read from the current field of {@code in}, in place of the oldest one. */
    void remember(CsvTokenizer in, Object value) {
        if (remembers && value != null) {
            newest = (newest + 1) & (REMEMBERED - 1);
            texts[newest] = in.valueBytes();
            lengths[newest] = in.valueLength();
            lastBytes[newest] = in.valueLastByte();
            values[newest] = value;
        }
    }
}
