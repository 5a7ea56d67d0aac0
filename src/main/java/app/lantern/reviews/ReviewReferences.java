package app.lantern.reviews;

import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a case review or rapid review by the reference people see on its page (CR-2023-02,
 * RR-2023-01), and the other way round, so a briefing can name the review it is about without
 * anyone typing internal numbers.
 */
@Component
class ReviewReferences implements BriefingForm.SubjectLookup {

    private final JdbcClient jdbc;

    ReviewReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> idOf(BriefingSubject kind, String reference) {
        String table = table(kind);
        if (table == null) return Optional.empty();
        return jdbc.sql("SELECT id FROM " + table + " WHERE upper(reference) = ?").param(reference.strip().toUpperCase(Locale.ROOT))
                .query(Long.class).optional();
    }

    Optional<String> referenceOf(BriefingSubject kind, Long id) {
        String table = table(kind);
        if (table == null || id == null) return Optional.empty();
        return jdbc.sql("SELECT reference FROM " + table + " WHERE id = ?").param(id).query(String.class).optional();
    }

    private static String table(BriefingSubject kind) {
        return switch (kind) {
            case CASE_REVIEW -> "case_review";
            case RAPID_REVIEW -> "rapid_review";
            default -> null;
        };
    }
}
