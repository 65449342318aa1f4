package nl.geboortezorg.werkplaats.users.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION_MEMBERSHIP;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.users.UserAccount;
import nl.geboortezorg.werkplaats.users.UserFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<UserAccount> find(UserFilter filter, int offset, int limit) {
        var rows = dsl.select(
                        APP_USER.ID,
                        APP_USER.EMAIL,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.ROLE_CODE,
                        APP_USER.LANGUAGE,
                        APP_USER.ACTIVE,
                        APP_USER.MUST_CHANGE_PASSWORD,
                        APP_USER.INVITED,
                        APP_USER.VERSION)
                .from(APP_USER)
                .where(conditions(filter))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .offset(offset)
                .limit(limit)
                .fetch();
        Map<Long, Set<Long>> regions = regionIds(rows.getValues(APP_USER.ID));
        return rows.map(r -> toAccount(r, regions.getOrDefault(r.get(APP_USER.ID), Set.of())));
    }

    public int count(UserFilter filter) {
        return dsl.fetchCount(APP_USER, conditions(filter));
    }

    public Optional<UserAccount> findById(long id) {
        return dsl.select(
                        APP_USER.ID,
                        APP_USER.EMAIL,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.ROLE_CODE,
                        APP_USER.LANGUAGE,
                        APP_USER.ACTIVE,
                        APP_USER.MUST_CHANGE_PASSWORD,
                        APP_USER.INVITED,
                        APP_USER.VERSION)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional()
                .map(r -> toAccount(r, regionIds(List.of(id)).getOrDefault(id, Set.of())));
    }

    public boolean emailTaken(String email) {
        return dsl.fetchExists(APP_USER, APP_USER.EMAIL.eq(email));
    }

    public boolean allRegionsExist(Set<Long> regionIds) {
        return regionIds.isEmpty() || dsl.fetchCount(REGION, REGION.ID.in(regionIds)) == regionIds.size();
    }

    /** The names of the regions, in alphabetical order. */
    public List<String> regionNames(Set<Long> regionIds) {
        if (regionIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(REGION.NAME)
                .from(REGION)
                .where(REGION.ID.in(regionIds))
                .orderBy(REGION.NAME)
                .fetch(REGION.NAME);
    }

    public boolean anyActiveAdmin() {
        return dsl.fetchExists(APP_USER, APP_USER.ROLE_CODE.eq(Role.ADMIN).and(APP_USER.ACTIVE.isTrue()));
    }

    public Optional<String> passwordHash(long id) {
        return dsl.select(APP_USER.PASSWORD_HASH)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(APP_USER.PASSWORD_HASH);
    }

    public long insert(
            String email,
            String displayName,
            Role role,
            Language language,
            String passwordHash,
            boolean mustChangePassword) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE_CODE, role)
                .set(APP_USER.LANGUAGE, language)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .returning(APP_USER.ID)
                .fetchOptional(APP_USER.ID)
                .orElseThrow();
    }

    /** An invited account: its password hash is of a secret nobody knows, until its owner chooses one. */
    public long insertInvited(String email, String displayName, Role role, Language language, String unusableHash) {
        long id = insert(email, displayName, role, language, unusableHash, true);
        dsl.update(APP_USER)
                .set(APP_USER.INVITED, true)
                .where(APP_USER.ID.eq(id))
                .execute();
        return id;
    }

    /** An active account by its (lower-case) address, for the links that reach it by e-mail. */
    public Optional<MailTarget> findActiveByEmail(String email) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.LANGUAGE)
                .from(APP_USER)
                .where(APP_USER.EMAIL.eq(email))
                .and(APP_USER.ACTIVE.isTrue())
                .fetchOptional(r -> new MailTarget(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Who a mail about their account goes to. */
    public record MailTarget(long id, String email, String displayName, Language language) {}

    public Optional<Profile> findProfile(long id) {
        return dsl.select(APP_USER.JOB_TITLE, APP_USER.ORGANISATION_TYPE, APP_USER.VERSION)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(r -> new Profile(r.value1(), r.value2(), r.value3()));
    }

    /** What a user says about themselves, beside their name. */
    public record Profile(
            @Nullable String jobTitle, @Nullable OrganisationType organisationType, int version) {}

    public void updateProfile(
            long id,
            int version,
            String displayName,
            @Nullable String jobTitle,
            @Nullable OrganisationType organisationType) {
        VersionedUpdate.of(dsl, APP_USER, id, version)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.JOB_TITLE, jobTitle)
                .set(APP_USER.ORGANISATION_TYPE, organisationType)
                .execute();
    }

    /** The password its owner chose: the account is no longer invited nor held to a one-time password. */
    public void setChosenPassword(long id, String passwordHash) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, false)
                .set(APP_USER.INVITED, false)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void setEmail(long id, String email) {
        dsl.update(APP_USER)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void update(long id, int version, String displayName, Role role, Language language) {
        VersionedUpdate.of(dsl, APP_USER, id, version)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE_CODE, role)
                .set(APP_USER.LANGUAGE, language)
                .execute();
    }

    public void setActive(long id, int version, boolean active) {
        VersionedUpdate.of(dsl, APP_USER, id, version)
                .set(APP_USER.ACTIVE, active)
                .execute();
    }

    public void setPassword(long id, String passwordHash, boolean mustChangePassword) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void setLanguage(long id, Language language) {
        dsl.update(APP_USER)
                .set(APP_USER.LANGUAGE, language)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void replaceRegions(long userId, Collection<Long> regionIds) {
        dsl.deleteFrom(REGION_MEMBERSHIP)
                .where(REGION_MEMBERSHIP.USER_ID.eq(userId))
                .execute();
        if (!regionIds.isEmpty()) {
            var insert = dsl.insertInto(REGION_MEMBERSHIP, REGION_MEMBERSHIP.USER_ID, REGION_MEMBERSHIP.REGION_ID);
            for (Long regionId : regionIds) {
                insert = insert.values(userId, regionId);
            }
            insert.execute();
        }
    }

    private Map<Long, Set<Long>> regionIds(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return dsl
                .select(REGION_MEMBERSHIP.USER_ID, REGION_MEMBERSHIP.REGION_ID)
                .from(REGION_MEMBERSHIP)
                .where(REGION_MEMBERSHIP.USER_ID.in(userIds))
                .fetchGroups(REGION_MEMBERSHIP.USER_ID, REGION_MEMBERSHIP.REGION_ID)
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new HashSet<>(e.getValue())));
    }

    private static UserAccount toAccount(Record r, Set<Long> regionIds) {
        return new UserAccount(
                r.get(APP_USER.ID),
                r.get(APP_USER.EMAIL),
                r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.ROLE_CODE),
                r.get(APP_USER.LANGUAGE),
                r.get(APP_USER.ACTIVE),
                r.get(APP_USER.MUST_CHANGE_PASSWORD),
                r.get(APP_USER.INVITED),
                regionIds,
                r.get(APP_USER.VERSION));
    }

    private static List<Condition> conditions(UserFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            conditions.add(APP_USER.DISPLAY_NAME.containsIgnoreCase(text).or(APP_USER.EMAIL.containsIgnoreCase(text)));
        }
        if (filter.role() != null) {
            conditions.add(APP_USER.ROLE_CODE.eq(filter.role()));
        }
        if (!filter.includeInactive()) {
            conditions.add(APP_USER.ACTIVE.isTrue());
        }
        return conditions.isEmpty() ? List.of(DSL.trueCondition()) : conditions;
    }
}
