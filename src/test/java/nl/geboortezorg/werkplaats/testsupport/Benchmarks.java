package nl.geboortezorg.werkplaats.testsupport;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.RowN;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** What the benchmarks share: timing a read, its percentiles, and seeding rows in bulk. */
public final class Benchmarks {

    private Benchmarks() {}

    /** Milliseconds of each of {@code runs} reads after {@code warmUp} untimed ones, sorted. */
    public static double[] time(Supplier<?> read, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            read.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            read.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    /**
     * Milliseconds of each read, sorted, timed in turns: every round runs each read once, so that
     * the load of a shared machine, which changes over a run, weighs on all reads alike.
     */
    public static Map<String, double[]> timeInTurns(Map<String, ? extends Supplier<?>> reads, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            reads.values().forEach(Supplier::get);
        }
        Map<String, double[]> millis = new LinkedHashMap<>();
        reads.keySet().forEach(name -> millis.put(name, new double[runs]));
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, ? extends Supplier<?>> read : reads.entrySet()) {
                long start = System.nanoTime();
                read.getValue().get();
                millis.get(read.getKey())[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        millis.values().forEach(Arrays::sort);
        return millis;
    }

    /** The value below which the given percentage of the sorted figures lie (nearest rank). */
    public static double percentile(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    public static RowN row(Object... values) {
        return DSL.row(values);
    }

    /**
     * Inserts the rows a thousand at a time, straight into the table; each value is bound as its
     * column's type, so enums and instants go through the columns' converters.
     */
    public static void insert(DSLContext dsl, Table<?> table, List<RowN> rows, Field<?>... fields) {
        List<RowN> typed = rows.stream().map(row -> typed(row, fields)).toList();
        for (int from = 0; from < typed.size(); from += 1_000) {
            dsl.insertInto(table)
                    .columns(fields)
                    .valuesOfRows(typed.subList(from, Math.min(typed.size(), from + 1_000)))
                    .execute();
        }
    }

    private static RowN typed(RowN row, Field<?>[] fields) {
        return DSL.row(IntStream.range(0, fields.length)
                .mapToObj(i -> DSL.val(((Param<?>) row.field(i)).getValue(), fields[i]))
                .toArray(Field<?>[]::new));
    }
}
