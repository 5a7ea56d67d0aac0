package app.lantern.actions;

import java.util.Locale;

import app.lantern.shared.FormValues;
import app.lantern.shared.Rag;

/**
 * The all-actions list's filters, parsed leniently from the query string: anything not
 * recognised is treated as "any", so a hand-edited URL never fails.
 */
record ActionFilter(String q, SourceKind source, Long ownerOrganisationId, ActionStatus status, Rag rag, boolean overdue,
        boolean dueSoon) {

    static final ActionFilter NONE = new ActionFilter("", null, null, null, null, false, false);

    static ActionFilter of(String q, SourceKind source, String owner, String status, String rag, String overdue, String dueSoon) {
        return new ActionFilter(q == null ? "" : q.strip(), source, FormValues.wholeNumber(owner),
                parse(ActionStatus.class, status), parse(Rag.class, rag), "true".equals(overdue), "true".equals(dueSoon));
    }

    ActionFilter forOrganisation(long organisationId) {
        return new ActionFilter(q, source, organisationId, status, rag, overdue, dueSoon);
    }

    ActionFilter withoutOwner() {
        return new ActionFilter(q, source, null, status, rag, overdue, dueSoon);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }


    /** The query string that reproduces these filters (without the page). */
    String query() {
        var sb = new StringBuilder();
        append(sb, "q", q.isEmpty() ? null : q);
        append(sb, "source", source == null ? null : source.code());
        append(sb, "owner", ownerOrganisationId == null ? null : ownerOrganisationId.toString());
        append(sb, "status", status == null ? null : status.name());
        append(sb, "rag", rag == null ? null : rag.name());
        append(sb, "overdue", overdue ? "true" : null);
        append(sb, "dueSoon", dueSoon ? "true" : null);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (value == null) return;
        if (!sb.isEmpty()) sb.append('&');
        sb.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
}
