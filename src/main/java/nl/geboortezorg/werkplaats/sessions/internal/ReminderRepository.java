package nl.geboortezorg.werkplaats.sessions.internal;

import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.SENT_REMINDER;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_ACTION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_INVITEE;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.ReminderKind;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What is due for a reminder, and which reminders went (one row each, the key keeps it once). */
@Repository
public class ReminderRepository {

    private final DSLContext dsl;

    ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An open action of a session, with its owner: what a reminder names (never its text). */
    public record DueAction(long actionId, long ownerId, LocalDate dueDate, long sessionId, String sessionTitle) {}

    /** A planned session and one of its invitees. */
    public record ComingSession(long sessionId, long userId, String title, Instant startsAt) {}

    /** Open actions falling due between the two dates (both included). */
    public List<DueAction> openActionsDue(LocalDate first, LocalDate last) {
        return dsl.select(
                        SESSION_ACTION.ID,
                        SESSION_ACTION.OWNER_ID,
                        SESSION_ACTION.DUE_DATE,
                        WORK_SESSION.ID,
                        WORK_SESSION.TITLE)
                .from(SESSION_ACTION)
                .join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(SESSION_ACTION.AGENDA_ITEM_ID))
                .join(WORK_SESSION)
                .on(WORK_SESSION.ID.eq(AGENDA_ITEM.SESSION_ID))
                .where(SESSION_ACTION.STATUS.eq(ActionStatus.OPEN))
                .and(SESSION_ACTION.DUE_DATE.between(first, last))
                .orderBy(SESSION_ACTION.ID)
                .fetch(r -> new DueAction(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Invitees of planned sessions starting in [from, until). */
    public List<ComingSession> plannedSessionsStarting(Instant from, Instant until) {
        return dsl.select(WORK_SESSION.ID, SESSION_INVITEE.USER_ID, WORK_SESSION.TITLE, WORK_SESSION.STARTS_AT)
                .from(WORK_SESSION)
                .join(SESSION_INVITEE)
                .on(SESSION_INVITEE.SESSION_ID.eq(WORK_SESSION.ID))
                .where(WORK_SESSION.STATE.eq(SessionState.PLANNED))
                .and(WORK_SESSION.STARTS_AT.ge(from))
                .and(WORK_SESSION.STARTS_AT.lt(until))
                .orderBy(WORK_SESSION.ID, SESSION_INVITEE.USER_ID)
                .fetch(r -> new ComingSession(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Claims a reminder: true for the one caller, on whichever instance, whose insert made the row;
     * false when it was sent (or is being sent) already. Runs in its own statement, committed at once.
     */
    public boolean claim(ReminderKind kind, long itemId, long userId, LocalDate dueDate, Instant now) {
        return dsl.insertInto(SENT_REMINDER)
                        .set(SENT_REMINDER.KIND, kind)
                        .set(SENT_REMINDER.ITEM_ID, itemId)
                        .set(SENT_REMINDER.USER_ID, userId)
                        .set(SENT_REMINDER.DUE_DATE, dueDate)
                        .set(SENT_REMINDER.SENT_AT, now)
                        .onDuplicateKeyIgnore()
                        .execute()
                == 1;
    }

    /** Gives a claim back after the mail failed, so that the next run tries again. */
    public void release(ReminderKind kind, long itemId, long userId, LocalDate dueDate) {
        dsl.deleteFrom(SENT_REMINDER)
                .where(SENT_REMINDER.KIND.eq(kind))
                .and(SENT_REMINDER.ITEM_ID.eq(itemId))
                .and(SENT_REMINDER.USER_ID.eq(userId))
                .and(SENT_REMINDER.DUE_DATE.eq(dueDate))
                .execute();
    }
}
