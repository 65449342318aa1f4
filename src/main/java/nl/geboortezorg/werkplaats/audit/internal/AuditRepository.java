package nl.geboortezorg.werkplaats.audit.internal;

import static nl.geboortezorg.werkplaats.db.Tables.AUDIT_EVENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.geboortezorg.werkplaats.audit.AuditEvent;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(
            Instant at,
            @Nullable Long actorId,
            @Nullable String actorEmail,
            String entityType,
            String entityId,
            String action,
            @Nullable String changeJson) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTOR_ID, actorId)
                .set(AUDIT_EVENT.ACTOR_EMAIL, actorEmail)
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.CHANGE_JSON, changeJson)
                .execute();
    }

    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        return dsl.select(
                        AUDIT_EVENT.ID,
                        AUDIT_EVENT.OCCURRED_AT,
                        AUDIT_EVENT.ACTOR_EMAIL,
                        AUDIT_EVENT.ENTITY_TYPE,
                        AUDIT_EVENT.ENTITY_ID,
                        AUDIT_EVENT.ACTION,
                        AUDIT_EVENT.CHANGE_JSON)
                .from(AUDIT_EVENT)
                .where(conditions(filter))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new AuditEvent(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    public int count(AuditFilter filter) {
        return dsl.fetchCount(AUDIT_EVENT, conditions(filter));
    }

    public List<String> entityTypes() {
        return dsl.selectDistinct(AUDIT_EVENT.ENTITY_TYPE)
                .from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ENTITY_TYPE)
                .fetch(AUDIT_EVENT.ENTITY_TYPE);
    }

    private static List<Condition> conditions(AuditFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            conditions.add(AUDIT_EVENT.ENTITY_TYPE.eq(filter.entityType()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add(
                    AUDIT_EVENT.ACTOR_EMAIL.containsIgnoreCase(filter.actor().strip()));
        }
        if (filter.start() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(filter.start()));
        }
        if (filter.end() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(filter.end()));
        }
        return conditions.isEmpty() ? List.of(DSL.trueCondition()) : conditions;
    }
}
