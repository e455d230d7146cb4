package org.ruralwater.core.wording;

import java.util.Locale;

/**
 * core's phrases: the form of an input problem, and what the strict readers and the county folder's checks
 * expect and find. Their texts are in {@code META-INF/ruralwater/words/core*.properties}.
 */
public enum CoreWords implements PhraseKey {
    PROBLEM,
    PROBLEM_AT_LINE,
    PROBLEM_IN_FILE,
    PROBLEM_SUGGESTING,
    ALTERNATIVE,
    ALTERNATIVE_LAST,
    READABLE_FILE,
    NO_SUCH_FILE,
    UTF8_TEXT,
    BYTE_AT_OFFSET,
    EMPTY_FILE,
    SYNTAX_ERROR,
    HEADER_ROW,
    WELL_FORMED_CSV,
    ONE_OF_COLUMNS,
    UNKNOWN_COLUMN,
    EACH_COLUMN_ONCE,
    SECOND_COLUMN,
    COLUMN_NAMED,
    NO_SUCH_COLUMN,
    FIELDS_AS_IN_HEADER,
    EXTRA_FIELD,
    ROW_OF_ONE_FIELD,
    ROW_OF_FIELDS,
    REQUIRED_VALUE,
    LIST_OF,
    VALID_RECORD,
    EMPTY_VALUE,
    TEXT,
    WHOLE_NUMBER,
    DECIMAL_NUMBER,
    TRUE_OR_FALSE,
    DATE,
    DATE_TIME,
    TIME,
    OFFSET_DATE_TIME,
    INSTANT,
    YEAR_MONTH,
    CURRENCY_CODE,
    ONE_OF,
    VALUE_OF_TYPE,
    VALUE_OF_TYPE_BECAUSE,
    WITHIN_CLOSED,
    WITHIN_ABOVE,
    WITHIN_BELOW,
    WITHIN_OPEN,
    JSON_ARRAY_OF_OBJECTS,
    JSON_OBJECT,
    END_OF_FILE,
    MORE_JSON,
    WELL_FORMED_JSON,
    AN_ARRAY,
    AN_OBJECT,
    JSON_NUMBER,
    JSON_STRING,
    EMPTY_STRING,
    ONE_OF_KEYS,
    UNKNOWN_KEY,
    EACH_KEY_ONCE,
    SECOND_KEY,
    REQUIRED_KEY_VALUE,
    JSON_NULL,
    KEY_NAMED,
    OBJECT_WITHOUT_IT,
    END_OF_INPUT,
    THE_STRING,
    THE_NUMBER,
    METER_OF_HOUSEHOLD,
    METER_BELONGS_TO,
    METER_NO_OTHER_HOUSEHOLD,
    METER_AGAIN,
    LISTED_TOWNSHIP,
    LISTED_REGION,
    LISTED_VILLAGE,
    LISTED_WORKS,
    LISTED_METER,
    LISTED_HOUSEHOLD,
    NOUN_TOWNSHIP,
    NOUN_REGION,
    NOUN_VILLAGE,
    NOUN_WORKS,
    NOUN_METER,
    NOUN_HOUSEHOLD,
    NOT_LISTED,
    UNIQUE_VALUE,
    AGAIN_FIRST_AT;

    private static final Vocabulary WORDS = Vocabulary.of(CoreWords.class, "core");

    /** The vocabulary these keys belong to. */
    public static Vocabulary vocabulary() {
        return WORDS;
    }

    @Override
    public String code() {
        return WORDS.code(this);
    }

    @Override
    public String template(Locale locale) {
        return WORDS.template(this, locale);
    }
}
