package app.lantern.shared;

import java.util.List;

/**
 * A card a module puts on a person's home page: a heading, a few lines (each a link with an
 * optional detail), and an optional link to more. Cards carry no markup; the home page lays them out.
 *
 * @param order position on the page, lowest first (statutory clocks come before every card)
 */
public record HomeCard(int order, String heading, List<Line> lines, Link more) {

    public HomeCard {
        lines = List.copyOf(lines);
    }

    /** One line: a link, then text that follows it (a date, a place), either of which may be absent. */
    public record Line(String text, String href, String detail) {

        public static Line link(String text, String href) {
            return new Line(text, href, null);
        }
    }

    public record Link(String text, String href) {
    }
}
