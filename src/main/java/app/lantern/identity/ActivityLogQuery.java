package app.lantern.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.shared.PageOf;

/** Reads the activity log for administrators, newest first, filtered by person, record and dates. */
@Component
class ActivityLogQuery {

    static final int PAGE_SIZE = 50;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;

    ActivityLogQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param person     part of the actor's email, or empty
     * @param recordType exact record type, or empty
     * @param recordId   exact record id, or empty
     * @param from       first day (UK time), or null
     * @param to         last day (UK time), inclusive, or null
     */
    record Filter(String person, String recordType, String recordId, ActivityAction action, LocalDate from, LocalDate to) {
    }

    record Entry(Instant occurredAt, String actorEmail, ActivityAction action, String recordType, String recordId,
            String summary, String before, String after) {
    }

    @Transactional(readOnly = true)
    PageOf<Entry> find(Filter filter, int page) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (notBlank(filter.person())) {
            where.add("actor_email ILIKE ? ESCAPE '\\'");
            params.add("%" + likeEscape(filter.person().strip()) + "%");
        }
        if (notBlank(filter.recordType())) {
            where.add("record_type = ?");
            params.add(filter.recordType().strip());
        }
        if (notBlank(filter.recordId())) {
            where.add("record_id = ?");
            params.add(filter.recordId().strip());
        }
        if (filter.action() != null) {
            where.add("action = ?");
            params.add(filter.action().name());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= ?");
            params.add(java.sql.Timestamp.from(filter.from().atStartOfDay(UK).toInstant()));
        }
        if (filter.to() != null) {
            where.add("occurred_at < ?");
            params.add(java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(UK).toInstant()));
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM activity_log" + clause).params(params).query(Long.class).single();
        int shown = PageOf.within(page, total, PAGE_SIZE);
        var pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add(PageOf.offset(shown, PAGE_SIZE));
        List<Entry> rows = jdbc.sql("SELECT occurred_at, actor_email, action, record_type, record_id, summary, before_state, after_state "
                        + "FROM activity_log" + clause + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), ActivityAction.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
        return new PageOf<>(rows, shown, PAGE_SIZE, total);
    }

    @Transactional(readOnly = true)
    List<String> recordTypes() {
        return jdbc.sql("SELECT DISTINCT record_type FROM activity_log WHERE record_type IS NOT NULL ORDER BY 1").query(String.class).list();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
