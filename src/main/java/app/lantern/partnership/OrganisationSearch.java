package app.lantern.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import app.lantern.shared.PageOf;

/**
 * Finds organisations for the register's list and its exports. They are answered from a copy of
 * the register in memory, checked against the database's register stamp on every call (V14,
 * ADR 16); writes read the table itself ({@link #all()}).
 */
@Component
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
    private final TransactionTemplate consistentRead;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot;

    OrganisationSearch(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.consistentRead = new TransactionTemplate(transactions);
        consistentRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        consistentRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        consistentRead.setReadOnly(true);
    }

    /** One page of the organisations the filter matches, by name, from committed data. */
    PageOf<OrganisationView> page(Filter filter, int page) {
        var register = current();
        int[] matched = register.matching(filter);
        int shown = PageOf.within(page, matched.length, PAGE_SIZE);
        int from = PageOf.offset(shown, PAGE_SIZE);
        int to = Math.min(matched.length, from + PAGE_SIZE);
        var items = new ArrayList<OrganisationView>(Math.max(0, to - from));
        for (int i = from; i < to; i++) items.add(register.byName().get(matched[i]));
        return new PageOf<>(items, shown, PAGE_SIZE, matched.length);
    }

    /** Every organisation the filter matches, by name, from committed data. */
    List<OrganisationView> matching(Filter filter) {
        var register = current();
        int[] matched = register.matching(filter);
        var items = new ArrayList<OrganisationView>(matched.length);
        for (int i : matched) items.add(register.byName().get(i));
        return items;
    }

    /** Every active organisation, by name, from committed data. */
    List<OrganisationView> active() {
        return current().active();
    }

    /** The register as it is now in this transaction, for uniqueness checks and import matching. */
    @Transactional(readOnly = true)
    List<Organisation> all() {
        return jdbc.sql("SELECT * FROM organisation ORDER BY lower(name), id").query(OrganisationSearch::map).list();
    }

    /**
     * The in-memory register, reloaded when the stamp in the database differs from the copy's:
     * one single-row read per request instead of a search, a count and a sort in PostgreSQL.
     */
    private Snapshot current() {
        String stamp = jdbc.sql("SELECT stamp::text FROM organisation_register_stamp").query(String.class).single();
        var register = snapshot;
        if (register != null && register.stamp().equals(stamp)) return register;
        loading.lock();
        try {
            register = snapshot;
            if (register == null || !register.stamp().equals(stamp)) {
                register = consistentRead.execute(tx -> load());
                snapshot = register;
            }
            return register;
        } finally {
            loading.unlock();
        }
    }

    /** The stamp and every organisation, read in one repeatable-read transaction so they agree. */
    private Snapshot load() {
        String stamp = jdbc.sql("SELECT stamp::text FROM organisation_register_stamp").query(String.class).single();
        var byName = new ArrayList<OrganisationView>();
        var searchText = new ArrayList<String>();
        jdbc.sql("SELECT * FROM organisation ORDER BY lower(name), id").query((RowCallbackHandler) rs -> {
            byName.add(OrganisationView.of(map(rs, 0)));
            searchText.add(rs.getString("search_text"));
        });
        return new Snapshot(stamp, List.copyOf(byName), searchText.toArray(String[]::new),
                byName.stream().filter(OrganisationView::active).toList());
    }

    /**
     * The register in name order, each organisation with the lower-cased text its search matches
     * (the database's generated {@code search_text}, V5), so a search here finds what
     * {@code search_text LIKE '%…%'} would.
     */
    private record Snapshot(String stamp, List<OrganisationView> byName, String[] searchText, List<OrganisationView> active) {

        int[] matching(Filter filter) {
            String q = filter.q().toLowerCase(Locale.ROOT);
            int[] found = new int[byName.size()];
            int count = 0;
            for (int i = 0; i < found.length; i++) {
                var o = byName.get(i);
                if (filter.type() != null && o.type() != filter.type()) continue;
                if (filter.sector() != null && o.sector() != filter.sector()) continue;
                if (filter.status() == Filter.Status.ACTIVE && !o.active()) continue;
                if (filter.status() == Filter.Status.INACTIVE && o.active()) continue;
                if (!q.isEmpty() && !searchText[i].contains(q)) continue;
                found[count++] = i;
            }
            return Arrays.copyOf(found, count);
        }
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
