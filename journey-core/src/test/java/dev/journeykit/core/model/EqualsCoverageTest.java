package dev.journeykit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model's records write {@code equals} by hand to leave the source position out. This test
 * makes two instances that differ in one component at a time and asserts that {@code equals}
 * tells them apart for every component but {@code position} (and that a difference in position
 * alone keeps them equal), so a component added later cannot be forgotten in {@code equals}.
 */
class EqualsCoverageTest {

    @ParameterizedTest
    @ValueSource(classes = {Touchpoint.class, Moment.class, Stage.class, Persona.class, Channel.class,
            PersonaPath.class, Flow.class, Suppression.class, Question.class, PainPoint.class, Fallout.class,
            Metric.class, Blueprint.class})
    void equals_covers_every_component_but_the_position(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object base = make(type, -1);
        assertThat(base).isEqualTo(make(type, -1));
        List<String> told = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Object other = make(type, i);
            if (!other.equals(base)) {
                told.add(components[i].getName());
            }
        }
        List<String> expected = new ArrayList<>();
        for (RecordComponent c : components) {
            if (!c.getName().equals("position")) {
                expected.add(c.getName());
            }
        }
        assertThat(told).as("components that equals tells apart").isEqualTo(expected);
    }

    /** An instance of the record with every component at its first value, component {@code differing} at its second. */
    private static Object make(Class<?> type, int differing) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), i == differing ? 1 : 0);
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }

    /** Value {@code which} (0 or 1) of a component type; the two are never equal. */
    private static Object value(Type type, int which) throws Exception {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type element = p.getActualTypeArguments()[0];
            if (raw == List.class) {
                return which == 0 ? List.of() : List.of(value(element, 0));
            }
            if (raw == java.util.Map.class) {
                return which == 0 ? java.util.Map.of() : java.util.Map.of("k", "v");
            }
            if (raw == Optional.class) {
                return which == 0 ? Optional.empty() : Optional.of(value(element, 0));
            }
            throw new AssertionError("no sample of " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return which == 0 ? "a" : "b";
        }
        if (c == OptionalInt.class) {
            return which == 0 ? OptionalInt.empty() : OptionalInt.of(1);
        }
        if (c == OptionalLong.class) {
            return which == 0 ? OptionalLong.empty() : OptionalLong.of(1);
        }
        if (c == int.class) {
            return which;
        }
        if (c == SourcePosition.class) {
            return new SourcePosition("f.journey", 1 + which, 1);
        }
        if (c == MetricValue.class) {
            return MetricValue.number(which);
        }
        if (c == Step.class) {
            return make(Moment.class, -1);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[which];
        }
        if (c.isRecord()) {
            return make(c, which == 0 ? -1 : 0);
        }
        throw new AssertionError("no sample of " + type);
    }
}
