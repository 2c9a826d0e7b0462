package fi.kuntakokeilu.web.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 AA, checked by axe-core (the npm package, fetched by the build) in the page as the browser shows it: no serious or critical
 * violation may remain. (The public sector's accessibility duty: Act on the Provision of Digital
 * Services 306/2019, EN 301 549.)
 */
public final class Accessibility {

    private static final String AXE = load();

    private Accessibility() {}

    /** Fails with every serious or critical violation of the current page, named and located. */
    public static void assertNoSeriousViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(AXE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations =
                (List<Map<String, Object>>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(' | ')}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: ''}]));");
        String report = violations.stream()
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"))
                .collect(Collectors.joining("\n"));
        assertThat(violations)
                .as("accessibility violations on " + browser.getCurrentUrl() + ":\n" + report)
                .isEmpty();
    }

    private static String load() {
        Path script = Path.of(System.getProperty("kuntakokeilu.it.axe-script", "target/axe-core/package/axe.min.js"));
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is fetched by the build into " + script, e);
        }
    }
}
