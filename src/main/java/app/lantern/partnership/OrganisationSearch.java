package app.lantern.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.shared.PageOf;

/** Finds organisations for the register's list and its exports, with plain SQL. */
@Component
@Transactional(readOnly = true)
class OrganisationSearch {

    static final int PAGE_SIZE = 25;

    /** What the person asked for; unknown or empty values mean "any". */
    record Filter(String q, OrganisationType type, Sector sector, Status status) {

        enum Status { ACTIVE, INACTIVE, ALL }

        static Filter of(String q, String type, String sector, String status) {
            var ignored = new ArrayList<OrganisationCheck.Problem>();
            Status s = switch (status == null ? "" : status.strip().toLowerCase(Locale.ROOT)) {
                case "inactive" -> Status.INACTIVE;
                case "all" -> Status.ALL;
                default -> Status.ACTIVE;
            };
            return new Filter(q == null ? "" : q.strip(), OrganisationCheck.parse(OrganisationType.class, type, ignored, "", ""),
                    OrganisationCheck.parse(Sector.class, sector, ignored, "", ""), s);
        }
    }

    private final JdbcClient jdbc;

    OrganisationSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<Organisation> page(Filter filter, int page) {
        var where = new StringBuilder();
        var params = new ArrayList<Object>();
        where(filter, where, params);
        long total = jdbc.sql("SELECT count(*) FROM organisation" + where).params(params).query(Long.class).single();
        int shown = PageOf.within(page, total, PAGE_SIZE);
        var pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add(PageOf.offset(shown, PAGE_SIZE));
        var items = jdbc.sql("SELECT * FROM organisation" + where + " ORDER BY lower(name), id LIMIT ? OFFSET ?")
                .params(pageParams).query(OrganisationSearch::map).list();
        return new PageOf<>(items, shown, PAGE_SIZE, total);
    }

    /** Every organisation the filter matches, by name, handed on one at a time. */
    void forEach(Filter filter, Consumer<Organisation> each) {
        var where = new StringBuilder();
        var params = new ArrayList<Object>();
        where(filter, where, params);
        jdbc.sql("SELECT * FROM organisation" + where + " ORDER BY lower(name), id").params(params)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(map(rs, 0)));
    }

    List<Organisation> all() {
        return jdbc.sql("SELECT * FROM organisation ORDER BY lower(name), id").query(OrganisationSearch::map).list();
    }

    private static void where(Filter filter, StringBuilder where, List<Object> params) {
        var clauses = new ArrayList<String>();
        if (!filter.q().isEmpty()) {
            // search_text holds name, code, town and postcode lower-cased, with a trigram index (V5).
            clauses.add("search_text LIKE ? ESCAPE '\\'");
            params.add("%" + escape(filter.q().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.type() != null) {
            clauses.add("type = ?");
            params.add(filter.type().name());
        }
        if (filter.sector() != null) {
            clauses.add("sector = ?");
            params.add(filter.sector().name());
        }
        switch (filter.status()) {
            case ACTIVE -> clauses.add("active");
            case INACTIVE -> clauses.add("NOT active");
            case ALL -> { }
        }
        if (!clauses.isEmpty()) where.append(" WHERE ").append(String.join(" AND ", clauses));
    }

    /** Makes % and _ (and the escape character itself) match literally in ILIKE. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Organisation map(ResultSet rs, int row) throws SQLException {
        var o = new Organisation();
        o.id = rs.getLong("id");
        o.name = rs.getString("name");
        o.type = OrganisationType.valueOf(rs.getString("type"));
        o.schoolPhase = rs.getString("school_phase") == null ? null : SchoolPhase.valueOf(rs.getString("school_phase"));
        o.sector = Sector.valueOf(rs.getString("sector"));
        o.codeScheme = rs.getString("code_scheme") == null ? null : CodeScheme.valueOf(rs.getString("code_scheme"));
        o.officialCode = rs.getString("official_code");
        o.addressLine1 = rs.getString("address_line1");
        o.addressLine2 = rs.getString("address_line2");
        o.town = rs.getString("town");
        o.postcode = rs.getString("postcode");
        o.leadName = rs.getString("lead_name");
        o.leadEmail = rs.getString("lead_email");
        o.leadPhone = rs.getString("lead_phone");
        o.active = rs.getBoolean("active");
        o.createdAt = rs.getTimestamp("created_at").toInstant();
        o.updatedAt = rs.getTimestamp("updated_at").toInstant();
        o.version = rs.getLong("version");
        return o;
    }
}
