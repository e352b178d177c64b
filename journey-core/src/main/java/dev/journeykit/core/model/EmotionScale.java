package dev.journeykit.core.model;

/**
 * The integer range of emotion values: {@code low} is very negative, 0 neutral, {@code high}
 * delighted. A valid scale has {@code low < 0 < high}; the builder reports one that has not.
 */
public record EmotionScale(int low, int high) {

    /** The default scale, -2..2: five steps with 0 neutral. */
    public static final EmotionScale DEFAULT = new EmotionScale(-2, 2);

    public static EmotionScale of(int low, int high) {
        return new EmotionScale(low, high);
    }

    public boolean contains(int emotion) {
        return emotion >= low && emotion <= high;
    }

    public boolean isValid() {
        return low < 0 && high > 0;
    }

    /** {@code low..high}, as the DSL writes it. */
    @Override
    public String toString() {
        return low + ".." + high;
    }
}
