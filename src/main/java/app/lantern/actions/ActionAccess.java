package app.lantern.actions;

import java.util.Objects;

import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;

/**
 * Who may do what to an action, decided here and nowhere else. Everyone signed in reads actions
 * (the partnership's work is open to its members). Those who run the partnership raise actions,
 * change their details and sign completed ones off. An action's owner — its named person, or an
 * agency lead of its owner organisation — records progress, evidence and a rating override, as
 * do those who run the partnership. A refusal answers 403 and is logged by identity's
 * {@link Access}; an action that does not exist answers 404.
 */
@Component
class ActionAccess {

    /**
     * For {@code @PreAuthorize} on the owner's changes: who may ever update an action (the named
     * rule), or the person named as this action's owner, whatever their role. Which organisation's
     * actions an agency lead may update is checked on the action by {@link #updatable}.
     */
    static final String UPDATES_THIS_ACTION = Rule.Allowed.UPDATES_ACTIONS + " or @actionAccess.namesAsOwner(#id)";

    private final ActionStore store;
    private final Access access;

    ActionAccess(ActionStore store, Access access) {
        this.store = store;
        this.access = access;
    }

    /** The action; 404 if there is none. */
    ActionRecord readable(long id) {
        return store.find(id).orElseThrow(RecordNotFoundException::new);
    }

    boolean mayManage(CurrentPerson who) {
        return who.passes(Rule.RUNS_PARTNERSHIP);
    }

    boolean mayUpdate(ActionRecord a, CurrentPerson who) {
        return mayManage(who) || isNamedOwner(a, who)
                || who.leads(a.ownerOrganisationId());
    }

    boolean maySignOff(ActionRecord a, CurrentPerson who) {
        return mayManage(who) && a.awaitingSignOff();
    }

    /** Goes on if this person may raise and change actions; otherwise 403, logged. */
    void requireManager(CurrentPerson who, String what) {
        if (!mayManage(who)) throw access.refuse(what);
    }

    /** The action, if this person may change its details or sign it off; otherwise 403, logged. */
    ActionRecord manageable(long id, CurrentPerson who) {
        var a = readable(id);
        requireManager(who, "change action " + a.reference());
        return a;
    }

    /** The action, if this person may record progress, evidence or a rating on it; otherwise 403, logged. */
    ActionRecord updatable(long id, CurrentPerson who) {
        var a = readable(id);
        if (!mayUpdate(a, who)) throw access.refuse("update action " + a.reference() + ": not its owner");
        return a;
    }

    /** Whether the signed-in person is the named owner of this action (see {@link #UPDATES_THIS_ACTION}). */
    public boolean namesAsOwner(long id) {
        return access.current().flatMap(p -> store.find(id).map(a -> isNamedOwner(a, p))).orElse(false);
    }

    private static boolean isNamedOwner(ActionRecord a, CurrentPerson who) {
        return Objects.equals(a.ownerPersonId(), who.id());
    }
}
