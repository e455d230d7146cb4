package org.ruralwater.webapp.map;

import java.util.List;

/**
 * What the map draws, in the SVG's own units: a village is a dot with its name and its tap-water band, a
 * works a square at the point it is drawn, with a line to each village it reaches that the map shows.
 */
public record MapView(int width, int height, List<Dot> villages, List<Square> works, List<Line> lines) {

    /** A village: where, its name (a tooltip), the link to its register page, and its band's style class. */
    public record Dot(double x, double y, String name, String href, String band) {}

    /** A works: where, its name, the link to its register page, and whether it is large-scale (千吨万人). */
    public record Square(double x, double y, String name, String href, boolean largeScale) {}

    /** A line from a works to a village it reaches. */
    public record Line(double x1, double y1, double x2, double y2) {}

    public MapView {
        villages = List.copyOf(villages);
        works = List.copyOf(works);
        lines = List.copyOf(lines);
    }
}
