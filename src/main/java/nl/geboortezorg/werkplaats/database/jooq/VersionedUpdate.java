package nl.geboortezorg.werkplaats.database.jooq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The one way an edited row is written: only while it still has the version the user read, and
 * raising that version. When no row matches, someone else changed (or removed) it first, and the
 * write fails with {@link ConcurrentEditException} right here, so no caller has to check a count.
 * The version column is the table's record version, declared once in the code generator's
 * {@code recordVersionFields}.
 */
public final class VersionedUpdate<R extends UpdatableRecord<R>> {

    private final DSLContext dsl;
    private final Table<R> table;
    private final long id;
    private final TableField<R, Integer> versionField;
    private final int version;
    private final Map<Field<?>, @Nullable Object> values = new LinkedHashMap<>();
    private final List<Condition> conditions = new ArrayList<>();
    private Supplier<? extends ConcurrentEditException> conflict;

    private VersionedUpdate(DSLContext dsl, Table<R> table, long id, TableField<R, Integer> versionField, int version) {
        this.dsl = dsl;
        this.table = table;
        this.id = id;
        this.versionField = versionField;
        this.version = version;
        this.conflict = () -> new ConcurrentEditException(table.getName(), id);
    }

    /** An update of the row with this id, expected to be at this version. */
    public static <R extends UpdatableRecord<R>> VersionedUpdate<R> of(
            DSLContext dsl, Table<R> table, long id, int version) {
        return new VersionedUpdate<>(dsl, table, id, versionField(table), version);
    }

    /**
     * An update of a part of the row that carries a version of its own (such as an agenda item's
     * live notes, written often and apart from the item's plan).
     */
    public static <R extends UpdatableRecord<R>> VersionedUpdate<R> of(
            DSLContext dsl, Table<R> table, long id, TableField<R, Integer> versionField, int version) {
        return new VersionedUpdate<>(dsl, table, id, versionField, version);
    }

    /** Deletes the row with this id only while it is at this version. */
    public static <R extends UpdatableRecord<R>> void delete(DSLContext dsl, Table<R> table, long id, int version) {
        if (dsl.deleteFrom(table)
                        .where(idField(table).eq(id))
                        .and(versionField(table).eq(version))
                        .execute()
                == 0) {
            throw new ConcurrentEditException(table.getName(), id);
        }
    }

    /** Fails unless the row with this id is still at this version; for writes that change its children only. */
    public static <R extends UpdatableRecord<R>> void check(DSLContext dsl, Table<R> table, long id, int version) {
        if (!dsl.fetchExists(
                table, idField(table).eq(id).and(versionField(table).eq(version)))) {
            throw new ConcurrentEditException(table.getName(), id);
        }
    }

    public <T> VersionedUpdate<R> set(Field<T> field, @Nullable T value) {
        values.put(field, value);
        return this;
    }

    public <T> VersionedUpdate<R> set(Field<T> field, Field<T> value) {
        values.put(field, value);
        return this;
    }

    public VersionedUpdate<R> set(Map<? extends Field<?>, ?> more) {
        values.putAll(more);
        return this;
    }

    /** A further condition the row must meet, such as still being a draft; otherwise it counts as changed. */
    public VersionedUpdate<R> and(Condition condition) {
        conditions.add(condition);
        return this;
    }

    /** What to throw instead of a plain {@link ConcurrentEditException}, such as one that carries the newer text. */
    public VersionedUpdate<R> onConflict(Supplier<? extends ConcurrentEditException> exception) {
        this.conflict = exception;
        return this;
    }

    /** Writes the change and raises the version, or fails when the row was changed since it was read. */
    public void execute() {
        int updated = dsl.update(table)
                .set(values)
                .set(versionField, versionField.plus(1))
                .where(idField(table).eq(id))
                .and(versionField.eq(version))
                .and(DSL.and(conditions))
                .execute();
        if (updated == 0) {
            throw conflict.get();
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends UpdatableRecord<R>> TableField<R, Long> idField(Table<R> table) {
        List<TableField<R, ?>> key =
                Objects.requireNonNull(table.getPrimaryKey(), table.getName()).getFields();
        if (key.size() != 1 || key.get(0).getType() != Long.class) {
            throw new IllegalArgumentException(table.getName() + " has no single numeric id");
        }
        return (TableField<R, Long>) key.get(0);
    }

    @SuppressWarnings("unchecked")
    private static <R extends UpdatableRecord<R>> TableField<R, Integer> versionField(Table<R> table) {
        TableField<R, ?> field = table.getRecordVersion();
        if (field == null || field.getType() != Integer.class) {
            throw new IllegalArgumentException(table.getName() + " has no version column");
        }
        return (TableField<R, Integer>) field;
    }
}
