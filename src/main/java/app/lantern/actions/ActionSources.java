package app.lantern.actions;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The source kinds every module registered, by code. */
@Component
class ActionSources {

    private final Map<String, ActionSource> byCode = new LinkedHashMap<>();

    ActionSources(List<ActionSource> sources) {
        sources.stream().sorted(Comparator.comparing(s -> s.kind().label())).forEach(s -> {
            if (byCode.putIfAbsent(s.kind().code(), s) != null) {
                throw new IllegalStateException("Two modules register the action source " + s.kind().code());
            }
        });
    }

    /**
     * The kind with this code. A code no module registers any more (its module removed) still
     * reads, labelled by its code, so old actions never fail to show.
     */
    SourceKind kind(String code) {
        var source = byCode.get(code);
        return source != null ? source.kind() : new SourceKind(code, code.charAt(0) + code.substring(1).toLowerCase().replace('_', ' '));
    }

    /** The registered kind with this code, or null (for filters and forms). */
    SourceKind registered(String code) {
        var source = code == null ? null : byCode.get(code.strip());
        return source == null ? null : source.kind();
    }

    /** Every registered kind, by label. */
    List<SourceKind> all() {
        return byCode.values().stream().map(ActionSource::kind).toList();
    }

    /** The kinds the business unit may choose when raising an action by hand. */
    List<SourceKind> handRaised() {
        return byCode.values().stream().filter(ActionSource::raisedByHand).map(ActionSource::kind).toList();
    }

    /** Whether the signed-in person may open this source's page. */
    boolean mayOpen(SourceKind kind, String sourceId) {
        var source = byCode.get(kind.code());
        return source != null && sourceId != null && source.mayOpen(sourceId);
    }
}
