package nl.geboortezorg.werkplaats.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.db.DefaultSchema;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each enum is defined once, in Java, and the migrations' ENUM columns agree with it: every ENUM
 * column of the migrated database is read as a platform enum (never a generated one or a string),
 * and that enum has exactly the column's values, so a constant added on one side only fails here
 * instead of at the first write.
 */
@IntegrationTest
class EnumColumnsTest {

    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    @Autowired
    DSLContext dsl;

    /** The values of each ENUM column, as the migrated database declares them, by table.column. */
    private Map<String, List<String>> sqlEnums() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        dsl.select(
                        DSL.field(DSL.name("TABLE_NAME"), String.class),
                        DSL.field(DSL.name("COLUMN_NAME"), String.class),
                        DSL.field(DSL.name("COLUMN_TYPE"), String.class))
                .from(DSL.table(DSL.name("information_schema", "COLUMNS")))
                .where(DSL.field(DSL.name("TABLE_SCHEMA")).eq(DSL.currentSchema()))
                .and(DSL.field(DSL.name("DATA_TYPE")).eq("enum"))
                .forEach(column -> {
                    Matcher literal = LITERAL.matcher(column.value3());
                    List<String> values =
                            literal.results().map(match -> match.group(1)).toList();
                    columns.put(column.value1() + "." + column.value2(), values);
                });
        return columns;
    }

    private static Field<?> generatedField(String column) {
        String[] parts = column.split("\\.");
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(parts[0]);
        assertThat(table).as(parts[0]).isNotNull();
        Field<?> field = table.field(parts[1]);
        assertThat(field).as(column).isNotNull();
        return field;
    }

    /** The value a constant is written as, through the column's converter. */
    @SuppressWarnings("unchecked")
    private static Object stored(Field<?> field, Object constant) {
        return ((Converter<Object, Object>) field.getConverter()).to(constant);
    }

    @Test
    void every_enum_column_is_read_as_a_platform_enum_with_exactly_its_values() {
        Map<String, List<String>> columns = sqlEnums();
        assertThat(columns).hasSizeGreaterThanOrEqualTo(20);
        SoftAssertions softly = new SoftAssertions();
        columns.forEach((column, values) -> {
            Field<?> field = generatedField(column);
            Class<?> type = field.getType();
            if (!type.isEnum()) {
                softly.fail(column + " is read as " + type.getName() + ", not as an enum");
                return;
            }
            softly.assertThat(type.getPackageName())
                    .as(column + " is read as " + type.getName())
                    .startsWith("nl.geboortezorg.werkplaats.")
                    .isNotEqualTo("nl.geboortezorg.werkplaats.db.enums");
            List<Object> constants = Arrays.stream(type.getEnumConstants())
                    .map(c -> stored(field, c))
                    .toList();
            softly.assertThat(constants)
                    .as(column + " against " + type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(values);
        });
        softly.assertAll();
    }
}
