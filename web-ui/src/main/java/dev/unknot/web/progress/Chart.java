package dev.unknot.web.progress;

import com.vaadin.flow.component.html.Div;

/**
 * An SVG chart drawn by {@link Svg}, sent to the browser as it is. Vaadin's {@code Html} would
 * parse the markup with jsoup on every page; for ten heat maps of 182 days each that parse cost
 * more than computing all the progress behind them.
 */
final class Chart extends Div {

    Chart(String svg, String... classNames) {
        addClassName("chart");
        addClassNames(classNames);
        getElement().setProperty("innerHTML", svg);
    }

    /** The chart's markup. */
    String svg() {
        return getElement().getProperty("innerHTML");
    }
}
