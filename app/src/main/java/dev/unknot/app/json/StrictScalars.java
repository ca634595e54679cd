package dev.unknot.app.json;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads JSON's scalars as what they are, where Micronaut Serde by default converts between them: a
 * whole number field refuses {@code 5.5} (Serde keeps 5), every number refuses {@code true} and
 * {@code "5"}, a number refuses what does not fit a double ({@code 1e400}), and a text refuses a
 * number or a boolean. A refusal names the value; the caller's error names the field from the
 * decoder's path.
 */
@Factory
final class StrictScalars {

    /** Before Serde's own, so that these are found first. */
    private static final int FIRST = -1000;

    @Singleton
    @Order(FIRST)
    Deserializer<Integer> integers() {
        return new Deserializer<>() {
            @Override
            public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
                    throws IOException {
                return (int) whole(decoder, Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
        };
    }

    @Singleton
    @Order(FIRST)
    Deserializer<Long> longs() {
        return new Deserializer<>() {
            @Override
            public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type)
                    throws IOException {
                return whole(decoder, Long.MIN_VALUE, Long.MAX_VALUE);
            }
        };
    }

    @Singleton
    @Order(FIRST)
    Deserializer<Double> doubles() {
        return new Deserializer<>() {
            @Override
            public Double deserialize(Decoder decoder, DecoderContext context, Argument<? super Double> type)
                    throws IOException {
                Number number = only(decoder, Number.class);
                double result = number.doubleValue();
                if (!Double.isFinite(result)) {
                    throw decoder.createDeserializationException("was " + number + ", too large for a number", number);
                }
                return result;
            }
        };
    }

    @Singleton
    @Order(FIRST)
    Deserializer<String> strings() {
        return new Deserializer<>() {
            @Override
            public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
                    throws IOException {
                return only(decoder, String.class);
            }
        };
    }

    @Singleton
    @Order(FIRST)
    Deserializer<Boolean> booleans() {
        return new Deserializer<>() {
            @Override
            public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
                    throws IOException {
                return only(decoder, Boolean.class);
            }
        };
    }

    /** A whole number from {@code min} to {@code max}; {@code 5.0} is one, {@code 5.5} is not. */
    private static long whole(Decoder decoder, long min, long max) throws IOException {
        Number number = only(decoder, Number.class);
        BigInteger whole;
        try {
            whole = new BigDecimal(number.toString()).toBigIntegerExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw decoder.createDeserializationException("was " + number, number);
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw decoder.createDeserializationException("was " + number + ", too large", number);
        }
        return whole.longValueExact();
    }

    /** The next value, when it is of {@code kind}: JSON's own type, never converted from another. */
    private static <T> T only(Decoder decoder, Class<T> kind) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (!kind.isInstance(value)) {
            throw decoder.createDeserializationException("was " + describe(value), value);
        }
        return kind.cast(value);
    }

    /** A value as a client developer would recognise it in their JSON. */
    private static String describe(Object value) {
        if (value instanceof String text) {
            return "the text \"" + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + "\"";
        }
        if (value instanceof Boolean truth) {
            return truth.toString();
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return value instanceof java.util.Map ? "an object" : value instanceof java.util.List ? "a list" : "a value";
    }
}
