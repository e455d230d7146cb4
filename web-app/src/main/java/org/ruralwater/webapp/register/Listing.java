package org.ruralwater.webapp.register;

import java.util.List;

/**
 * A page of a register: the columns' labels, the rows found by the search, and where the page lies.
 *
 * @param page the page shown, from 1
 * @param pages the number of pages, at least 1
 * @param found how many records the search found within the user's scope
 */
public record Listing(
        RegisterKind kind, List<String> headers, List<Row> rows, String query, int page, int pages, int found) {

    /** One record's row: its key, the link to its page, and the cells as shown. */
    public record Row(String key, String href, List<String> cells) {}

    public Listing {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** The link to another page of the same search. */
    public String pageHref(int to) {
        return "/registers/" + kind.code() + "?q=" + RecordView.encode(query) + "&page=" + to;
    }
}
