package dev.journeykit.core.model;

import java.util.List;

/**
 * The service-blueprint lines of a touchpoint, below the customer's actions: what the customer
 * sees the brand do (frontstage), what staff do out of sight (backstage), the systems and partners
 * that support them, and the physical or digital evidence the customer holds afterwards. Each line
 * is a list of short texts in the order written.
 */
public record Blueprint(List<String> frontstage, List<String> backstage, List<String> support,
                        List<String> evidence) {

    /** A touchpoint with no blueprint lines. */
    public static final Blueprint NONE = new Blueprint(List.of(), List.of(), List.of(), List.of());

    public Blueprint {
        frontstage = Checks.list(frontstage, "blueprint frontstage");
        backstage = Checks.list(backstage, "blueprint backstage");
        support = Checks.list(support, "blueprint support");
        evidence = Checks.list(evidence, "blueprint evidence");
    }

    /** The entries of one layer. */
    public List<String> layer(BlueprintLayer layer) {
        return switch (Checks.notNull(layer, "layer")) {
            case FRONTSTAGE -> frontstage;
            case BACKSTAGE -> backstage;
            case SUPPORT -> support;
            case EVIDENCE -> evidence;
        };
    }

    /** Whether no layer has an entry. */
    public boolean isEmpty() {
        return frontstage.isEmpty() && backstage.isEmpty() && support.isEmpty() && evidence.isEmpty();
    }
}
