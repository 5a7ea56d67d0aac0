package app.lantern.partnership;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.shared.Figure;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.YearlyFacts;

/**
 * The register for the yearly report: the organisations working with the partnership by type. An
 * organisation counts for a year when it was on the register by the year's end and is still active
 * (the register keeps no end date, so one deactivated since is left out of earlier years too).
 */
@Component
@Transactional(readOnly = true)
class RelevantAgencyFacts implements YearlyFacts {

    static final String TITLE = "Relevant agencies";

    private final OrganisationRepository organisations;

    RelevantAgencyFacts(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<FigureBlock> factsFor(ReportingYear year) {
        var end = year.end().plusDays(1).atStartOfDay(ZoneId.of("Europe/London")).toInstant();
        var counted = organisations.findAll().stream()
                .filter(o -> o.active && (o.createdAt == null || o.createdAt.isBefore(end)))
                .sorted(Comparator.comparing((Organisation o) -> o.name.toLowerCase(java.util.Locale.UK)))
                .toList();
        var figures = new ArrayList<Figure>();
        figures.add(Figure.count("agencies.all", "Organisations on the register", links(counted)));
        for (var type : OrganisationType.values()) {
            var ofType = counted.stream().filter(o -> o.type == type).toList();
            if (!ofType.isEmpty()) figures.add(Figure.count("agencies.type." + type.name(), type.label(), links(ofType)));
        }
        return List.of(new FigureBlock(TITLE, year, figures));
    }

    private static List<RecordLink> links(List<Organisation> list) {
        return list.stream().map(o -> new RecordLink(o.name, "/organisations/" + o.id)).toList();
    }
}
