package dev.journeykit.bench;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.build.MomentBuilder;
import dev.journeykit.core.build.Stages;
import dev.journeykit.core.build.TouchpointBuilder;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.TransitionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic synthetic journey maps of any size, the same for the same size and seed on every
 * machine ({@link SplittableRandom} is specified bit for bit).
 *
 * <p>A map of {@code n} touchpoints has the five classic stages (15/25/20/25/15 % of the
 * touchpoints), a dozen standard channels drawn with stage-typical weights, four personas with
 * two to four preferred channels each, a few moments (one per hundred touchpoints, at least two),
 * and about three transitions per touchpoint: persona paths that walk forward through the stages
 * (about one transition per step), flows to a nearby later step (next or handoff, most with a
 * volume), flows that go back a stage ({@code return}, about one step in ten) and a recovery flow
 * per recovered fallout. Touchpoints carry emotions, actions, thoughts, questions (some answered
 * elsewhere), pains, opportunities, owners, feedback, metrics with targets, fallouts and a few
 * service-blueprint lines, in the proportions of the maps teams write by hand.
 *
 * <p>Generation is O(n): every choice is local (a step links to steps near its place in its own or
 * the neighbouring stage), which is also what keeps FLOW layouts of real maps readable.
 */
public final class JourneyGenerator {

    /** The seed of the published figures. */
    public static final long DEFAULT_SEED = 42L;

    /** The twelve channels: the standard ones except in-store. */
    static final List<Channel> CHANNELS = Channels.standard().stream()
            .filter(c -> !c.id().equals("in-store")).toList();

    private static final List<String> CHANNEL_IDS = CHANNELS.stream().map(Channel::id).toList();

    /** Per stage, the weight of each channel of {@link #CHANNELS}, in that order. */
    private static final int[][] CHANNEL_WEIGHTS = {
        // web live-chat phone ivr chatbot email sms social in-app kb search-ad review-site
        {3, 0, 0, 0, 0, 2, 0, 4, 1, 0, 4, 2},   // awareness
        {5, 2, 1, 0, 1, 1, 0, 1, 2, 3, 0, 2},   // consideration
        {5, 2, 1, 0, 1, 1, 1, 0, 3, 0, 0, 0},   // decision
        {1, 2, 2, 2, 2, 3, 2, 1, 3, 1, 0, 0},   // retention
        {1, 0, 0, 0, 0, 2, 1, 3, 1, 0, 0, 3},   // advocacy
    };

    /** Share of the touchpoints per stage, in per mille, cumulative. */
    private static final int[] STAGE_END_PERMILLE = {150, 400, 600, 850, 1000};

    private static final String[][] PERSONAS = {
        {"amber", "Amber, 32, busy professional", "Gets things done on her phone between meetings"},
        {"ben", "Ben, 67, retired", "Prefers to talk to a person and to read the small print"},
        {"chloe", "Chloe, 24, student", "Compares everything, buys on price, shares what she likes"},
        {"dev", "Dev, 45, small-business owner", "Buys for his team, needs invoices and quick answers"},
    };

    /** Activities per stage: an id word and what the customer does. */
    private static final String[][][] ACTIVITIES = {
        {
            {"search-ad", "Sees a search ad"}, {"social-post", "Scrolls past a friend's post"},
            {"review-read", "Reads a review on a blog"}, {"newsletter", "Opens a partner newsletter"},
            {"video-ad", "Watches a short video ad"}, {"landing", "Lands on the campaign page"},
            {"referral", "Gets a referral link from a colleague"}, {"podcast", "Hears about it on a podcast"},
        },
        {
            {"product-page", "Browses the product page"}, {"compare", "Compares three plans side by side"},
            {"faq", "Reads the FAQ about delivery"}, {"pricing", "Checks the pricing page"},
            {"ask-chat", "Asks a question in chat"}, {"reviews", "Reads customer reviews"},
            {"size-guide", "Opens the size guide"}, {"wishlist", "Saves the item to a wishlist"},
        },
        {
            {"cart", "Adds the item to the cart"}, {"checkout", "Checks out"},
            {"payment", "Pays by card"}, {"promo-code", "Tries a promo code"},
            {"account", "Creates an account"}, {"confirm", "Gets the order confirmation"},
            {"delivery-slot", "Picks a delivery slot"}, {"call-sales", "Calls sales for a quote"},
        },
        {
            {"tracking", "Tracks the parcel"}, {"unbox", "Unboxes the order"},
            {"onboarding", "Follows the onboarding tips"}, {"support-call", "Calls support about a fault"},
            {"return", "Starts a return"}, {"renewal", "Gets a renewal reminder"},
            {"bot-help", "Asks the chatbot for help"}, {"invoice", "Downloads an invoice"},
        },
        {
            {"review", "Leaves a review"}, {"nps-survey", "Answers the NPS survey"},
            {"refer", "Refers a friend"}, {"share", "Shares a photo of the product"},
            {"community", "Answers a question in the community"}, {"loyalty", "Joins the loyalty programme"},
            {"rebuy", "Buys again"}, {"unsubscribe", "Unsubscribes from the newsletter"},
        },
    };

    private static final String[] MOMENTS = {
        "Talks it over with a partner at dinner", "Waits at home for the delivery",
        "Forgets about it for a week", "Sees the product at a friend's place",
        "Checks the bank statement",
    };

    private static final String[] ACTIONS = {
        "Opens it on the phone during the commute", "Reads every line of the small print",
        "Asks a partner what they think", "Takes a screenshot to decide later",
        "Types the order number from the email", "Scrolls back up to check the price",
    };

    private static final String[] THOUGHTS = {
        "Is this worth the price?", "Will it arrive before the weekend?", "Can I trust this brand?",
        "Why is this so hard?", "That was easier than I expected", "I hope someone answers soon",
    };

    private static final String[] QUESTIONS = {
        "How long does shipping take?", "Is it real silk?", "Can I return it for free?",
        "Is there a student discount?", "Does it come with an invoice?", "What is the warranty?",
    };

    private static final String[] PAINS = {
        "Shipping cost appears only at checkout", "The form forgets what was typed",
        "Waits 12 minutes in the phone queue", "The chatbot does not understand the question",
        "The tracking link is broken", "Has to repeat the order number three times",
    };

    private static final String[] OPPORTUNITIES = {
        "Show shipping cost on the product page", "Offer a callback instead of the queue",
        "Send the tracking link by SMS", "Let the chatbot hand over to an agent",
    };

    private static final String[] OWNERS = {
        "E-commerce team", "Customer service", "Marketing", "Logistics", "Billing", "Product",
    };

    private static final String[] FALLOUTS = {
        "Abandons the cart at the payment step", "Hangs up after 6 minutes in the queue",
        "Closes the chat without an answer", "Gives up on the return form",
    };

    private final int touchpoints;
    private final SplittableRandom random;

    /** The planned steps, in map order. */
    private final List<Planned> steps = new ArrayList<>();
    /** Per stage, the indices into {@link #steps} of its steps. */
    private final List<List<Integer>> stageSteps = new ArrayList<>();
    /** Indices into {@link #steps} of the touchpoints (not the moments). */
    private final List<Integer> touchpointIndices = new ArrayList<>();

    private JourneyGenerator(int touchpoints, long seed) {
        this.touchpoints = touchpoints;
        this.random = new SplittableRandom(seed);
    }

    /** A map of {@code touchpoints} touchpoints from {@link #DEFAULT_SEED}. */
    public static JourneyMap generate(int touchpoints) {
        return generate(touchpoints, DEFAULT_SEED);
    }

    /**
     * A map of exactly {@code touchpoints} touchpoints; the same for the same arguments.
     *
     * @throws IllegalArgumentException when {@code touchpoints} is less than 1
     */
    public static JourneyMap generate(int touchpoints, long seed) {
        if (touchpoints < 1) {
            throw new IllegalArgumentException("a generated map needs at least 1 touchpoint, not " + touchpoints);
        }
        return new JourneyGenerator(touchpoints, seed).build();
    }

    /**
     * One step to be built: its id, stage, place in its stage, place among the touchpoints (-1 for
     * a moment), and the personas it is for (empty: every persona).
     */
    private record Planned(String id, int stage, int slot, int touchpointSlot, String activity,
                           List<String> personas) {

        boolean moment() {
            return touchpointSlot < 0;
        }
    }

    private JourneyMap build() {
        plan();
        JourneyMapBuilder map = JourneyMaps.journey("Synthetic journey of " + touchpoints + " touchpoints")
                .kind(MapKind.CURRENT_STATE)
                .objective("Measure JourneyKit on a map of realistic shape")
                .timeline("variable");
        addPersonas(map);
        map.channels(CHANNELS);
        for (int s = 0; s < Stages.CLASSIC.size(); s++) {
            Stages.Preset preset = Stages.CLASSIC.get(s);
            int stage = s;
            map.stage(preset.id(), preset.name(), b -> {
                b.goal("Customers move on from " + preset.name().toLowerCase(java.util.Locale.ROOT));
                for (int index : stageSteps.get(stage)) {
                    Planned step = steps.get(index);
                    if (step.moment()) {
                        describe(b.moment(step.id(), step.activity()), step);
                    } else {
                        describe(b.touchpoint(step.id(), step.activity()), step, stage);
                    }
                }
            });
        }
        addPaths(map);
        addFlows(map);
        map.suppress("coverage.no-feedback", "awareness", "Prospects are not surveyed");
        map.suppressEverywhere("friction.unowned-pain", "Owners are assigned in the quarterly review");
        return map.build();
    }

    private void plan() {
        int moments = Math.max(2, touchpoints / 100);
        int planned = 0;
        int start = 0;
        for (int s = 0; s < STAGE_END_PERMILLE.length; s++) {
            int end = (int) ((long) touchpoints * STAGE_END_PERMILLE[s] / 1000);
            List<Integer> indices = new ArrayList<>();
            for (int k = start; k < end; k++) {
                String[] activity = ACTIVITIES[s][random.nextInt(ACTIVITIES[s].length)];
                steps.add(new Planned(activity[0] + "-" + (k + 1), s, indices.size(), touchpointIndices.size(),
                        activity[1], personasFor()));
                indices.add(steps.size() - 1);
                touchpointIndices.add(steps.size() - 1);
                // moments fall between touchpoints, spread over the whole journey
                if (planned < moments && random.nextInt(touchpoints) < moments) {
                    planned++;
                    steps.add(new Planned("moment-" + planned, s, indices.size(), -1,
                            MOMENTS[random.nextInt(MOMENTS.length)], personasFor()));
                    indices.add(steps.size() - 1);
                }
            }
            stageSteps.add(indices);
            start = end;
        }
    }

    /** Three steps in four are for every persona; the others for one or two. */
    private List<String> personasFor() {
        if (random.nextInt(4) != 0) {
            return List.of();
        }
        String first = PERSONAS[random.nextInt(PERSONAS.length)][0];
        String second = PERSONAS[random.nextInt(PERSONAS.length)][0];
        return random.nextBoolean() || first.equals(second) ? List.of(first) : List.of(first, second);
    }

    private void addPersonas(JourneyMapBuilder map) {
        for (String[] persona : PERSONAS) {
            List<String> prefers = new ArrayList<>();
            int count = 2 + random.nextInt(3);
            while (prefers.size() < count) {
                String channel = CHANNEL_IDS.get(random.nextInt(CHANNEL_IDS.size()));
                if (!prefers.contains(channel)) {
                    prefers.add(channel);
                }
            }
            map.persona(persona[0], persona[1], p -> p
                    .description(persona[2])
                    .goal("Get a good product without wasting time")
                    .need("Clear prices and quick answers")
                    .pain("Being passed from one department to the next")
                    .prefers(prefers.toArray(new String[0]))
                    .attribute("segment", persona[0].equals("dev") ? "business" : "consumer"));
        }
    }

    private void describe(TouchpointBuilder t, Planned step, int stage) {
        t.via(CHANNEL_IDS.get(weighted(CHANNEL_WEIGHTS[stage])));
        if (random.nextInt(5) == 0) {
            t.byBrand();
        }
        describeStep(t, step, stage);
        if (random.nextInt(10) < 3) {
            String question = QUESTIONS[random.nextInt(QUESTIONS.length)];
            if (random.nextInt(5) < 3) {
                t.question(question, steps.get(nearbyTouchpoint(step)).id());
            } else {
                t.question(question);
            }
        }
        if (random.nextInt(10) == 0) {
            t.opportunity(OPPORTUNITIES[random.nextInt(OPPORTUNITIES.length)]);
        }
        if (random.nextInt(5) < 2) {
            t.owner(OWNERS[random.nextInt(OWNERS.length)]);
        }
        if (random.nextInt(8) == 0) {
            t.feedback(List.of(FeedbackKind.CSAT, FeedbackKind.CES, FeedbackKind.NPS).get(random.nextInt(3)));
        }
        if (random.nextInt(4) == 0) {
            addMetric(t);
        }
        if (random.nextInt(25) == 0) {
            String fallout = FALLOUTS[random.nextInt(FALLOUTS.length)];
            if (random.nextInt(10) < 7) {
                t.fallout(fallout, steps.get(nearbyTouchpoint(step)).id());
            } else {
                t.fallout(fallout);
            }
        }
        if (random.nextInt(20) == 0) {
            t.frontstage("Agent confirms the order details")
                    .backstage("Agent looks the order up in the OMS")
                    .support("Order management system")
                    .evidence("Confirmation email");
        }
    }

    private void describe(MomentBuilder m, Planned step) {
        describeStep(m, step, step.stage());
    }

    private void describeStep(dev.journeykit.core.build.StepBuilder<?> b, Planned step, int stage) {
        if (!step.personas().isEmpty()) {
            b.forPersonas(step.personas().toArray(new String[0]));
        }
        if (random.nextInt(10) != 0) {
            // early stages lean positive, service stages lean negative
            int bias = stage == 3 ? -1 : stage == 0 || stage == 4 ? 1 : 0;
            b.emotion(Math.max(-2, Math.min(2, random.nextInt(5) - 2 + (random.nextInt(3) == 0 ? bias : 0))));
        }
        if (random.nextInt(5) < 3) {
            b.action(ACTIONS[random.nextInt(ACTIONS.length)]);
        }
        if (random.nextInt(3) == 0) {
            b.thought(THOUGHTS[random.nextInt(THOUGHTS.length)]);
        }
        if (random.nextInt(4) == 0) {
            b.pain(PAINS[random.nextInt(PAINS.length)], PainSeverity.values()[random.nextInt(3)]);
        }
    }

    private void addMetric(TouchpointBuilder t) {
        switch (random.nextInt(6)) {
            case 0 -> t.metric("csat", MetricValue.number(3 + random.nextInt(20) / 10.0), MetricValue.number(4.5));
            case 1 -> t.metric("conversion", MetricValue.percent(1 + random.nextInt(40) / 10.0),
                    MetricValue.percent(3));
            case 2 -> t.metric("aht", MetricValue.seconds(180 + random.nextInt(400)), MetricValue.seconds(300));
            case 3 -> t.metric("first-response", MetricValue.seconds(10 + random.nextInt(90)),
                    MetricValue.seconds(30));
            case 4 -> t.metric("abandonment", MetricValue.percent(random.nextInt(30)), MetricValue.percent(10));
            default -> t.metric("nps", MetricValue.number(random.nextInt(80) - 20));
        }
    }

    /** A channel index drawn with the given weights. */
    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new AssertionError("weights " + java.util.Arrays.toString(weights));
    }

    /** A touchpoint close to the touchpoint {@code step} in journey order, mostly a little later. */
    private int nearbyTouchpoint(Planned step) {
        int slot = step.touchpointSlot() + random.nextInt(21) - 5;
        return touchpointIndices.get(Math.max(0, Math.min(touchpointIndices.size() - 1, slot)));
    }

    /**
     * Persona paths, about one transition per step: each walks forward through the stages, one to
     * three steps a stage among the steps for its persona, near one place of the journey.
     */
    private void addPaths(JourneyMapBuilder map) {
        int transitions = 0;
        int path = 0;
        while (transitions < steps.size()) {
            String persona = PERSONAS[path % PERSONAS.length][0];
            double place = random.nextDouble();
            List<String> walk = new ArrayList<>();
            for (int s = 0; s < stageSteps.size(); s++) {
                List<Integer> stage = stageSteps.get(s);
                if (stage.isEmpty()) {
                    continue;
                }
                int visits = 1 + random.nextInt(3);
                int at = (int) (place * stage.size());
                for (int v = 0; v < visits; v++) {
                    int k = Math.min(stage.size() - 1, Math.max(0, at + v * (1 + random.nextInt(3))));
                    Planned step = steps.get(stage.get(k));
                    if (isFor(step, persona) && (walk.isEmpty() || !walk.get(walk.size() - 1).equals(step.id()))) {
                        walk.add(step.id());
                    }
                }
            }
            path++;
            if (walk.size() >= 2) {
                map.path(persona, "Path " + path + " of " + persona, walk.toArray(new String[0]));
                transitions += walk.size() - 1;
            } else if (path > steps.size()) {
                break; // a tiny map where no persona can walk two steps
            }
        }
    }

    private static boolean isFor(Planned step, String persona) {
        return step.personas().isEmpty() || step.personas().contains(persona);
    }

    /**
     * Flows, about two transitions per step: most steps lead on to a step a little later in their
     * stage or near the same place of the next stage (kind next, or handoff one time in five),
     * one in ten goes back to a step of the stage before (kind return).
     */
    private void addFlows(JourneyMapBuilder map) {
        for (int i = 0; i < steps.size(); i++) {
            Planned from = steps.get(i);
            int hops = random.nextInt(10) < 3 ? 2 : 1;
            List<String> chain = new ArrayList<>(List.of(from.id()));
            Planned at = from;
            for (int h = 0; h < hops; h++) {
                Planned next = forward(at);
                if (next == null) {
                    break;
                }
                chain.add(next.id());
                at = next;
            }
            if (chain.size() >= 2) {
                TransitionKind kind = random.nextInt(5) == 0 ? TransitionKind.HANDOFF : TransitionKind.NEXT;
                boolean withVolume = random.nextInt(10) < 7;
                long volume = 10 + random.nextInt(5000);
                map.flow(f -> {
                    f.steps(chain.toArray(new String[0])).kind(kind);
                    if (withVolume) {
                        f.volume(volume);
                    }
                });
            }
            Planned second = forward(from);
            if (second != null && random.nextInt(10) < 6) {
                map.flow(from.id(), second.id());
            }
            if (random.nextInt(10) == 0 && from.stage() > 0) {
                List<Integer> before = stageSteps.get(from.stage() - 1);
                if (!before.isEmpty()) {
                    Planned back = steps.get(before.get(random.nextInt(before.size())));
                    long volume = 1 + random.nextInt(200);
                    map.flow(f -> f.steps(from.id(), back.id()).kind(TransitionKind.RETURN).volume(volume));
                }
            }
        }
    }

    /** A step a little later in the same stage, or near the same place of the next stage; null at the end. */
    private Planned forward(Planned from) {
        List<Integer> stage = stageSteps.get(from.stage());
        int k = from.slot();
        if (k + 1 < stage.size() && random.nextInt(10) < 6) {
            return steps.get(stage.get(Math.min(stage.size() - 1, k + 1 + random.nextInt(4))));
        }
        for (int s = from.stage() + 1; s < stageSteps.size(); s++) {
            List<Integer> next = stageSteps.get(s);
            if (!next.isEmpty()) {
                int place = (int) ((long) k * next.size() / Math.max(1, stage.size()));
                int pick = Math.max(0, Math.min(next.size() - 1, place + random.nextInt(9) - 4));
                return steps.get(next.get(pick));
            }
        }
        return k + 1 < stage.size() ? steps.get(stage.get(k + 1)) : null;
    }
}
