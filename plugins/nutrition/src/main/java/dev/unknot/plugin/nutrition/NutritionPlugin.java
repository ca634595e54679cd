package dev.unknot.plugin.nutrition;

import static dev.unknot.core.library.BodyArea.WHOLE_BODY;
import static dev.unknot.core.library.Cause.DEHYDRATION_OR_POOR_NUTRITION;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.List;

/** Nutrition and hydration: the water and food that muscle mends itself from. */
public final class NutritionPlugin implements TechniquePlugin {

    static final String ID = "nutrition";

    static final Technique MAGNESIUM_RICH_FOODS = Technique.builder("nutrition/magnesium-rich-foods")
            .name("Magnesium-rich foods")
            .pillar(ID)
            .summary("Magnesium helps a muscle relax after it has contracted. Leafy greens, seeds and bananas are "
                    + "easy ways to get it every day.")
            .steps(
                    "Add a large handful of leafy greens, such as spinach, chard or kale, to one meal a day.",
                    "Scatter a spoonful of seeds, such as pumpkin, sunflower, chia or sesame, over breakfast, a "
                            + "salad or yoghurt.",
                    "Keep bananas within reach as a snack between meals.",
                    "Count each of these as one serving: a handful of greens, a heaped tablespoon of seeds, one "
                            + "banana.")
            .dose(Dose.daily(2, "servings"))
            .bodyAreas(WHOLE_BODY)
            .causes(DEHYDRATION_OR_POOR_NUTRITION)
            .cautions("Get it from food first; take magnesium supplements only after asking a doctor or "
                    + "pharmacist, especially with kidney disease or alongside other medicines.")
            .build();

    static final Technique OMEGA_3S = Technique.builder("nutrition/omega-3s")
            .name("Omega-3 fats")
            .pillar(ID)
            .summary("The omega-3 fats in oily fish such as salmon, and in walnuts, help keep inflammation down "
                    + "and support muscles as they recover.")
            .steps(
                    "Eat a portion of oily fish, such as salmon, mackerel or sardines, on two days each week; a "
                            + "portion is about 140 g, roughly the size of your palm.",
                    "On the other days, have a small handful of walnuts (about 30 g) as a snack or on porridge or "
                            + "salad.",
                    "Without fish, rely on walnuts, ground flaxseed and chia seeds for the plant form of omega-3.",
                    "Bake, grill or steam the fish rather than deep-frying it.")
            .dose(Dose.daily(1, "portion"))
            .bodyAreas(WHOLE_BODY)
            .causes(DEHYDRATION_OR_POOR_NUTRITION)
            .cautions(
                    "If you are pregnant or planning to be, keep oily fish to two portions a week and avoid "
                            + "shark, swordfish and marlin.",
                    "With a nut allergy, leave out the walnuts and use fish or seeds instead.",
                    "Fish-oil supplements can interact with blood thinners; ask your doctor before taking them.")
            .build();

    static final Technique PROTEIN = Technique.builder("nutrition/protein")
            .name("Protein for muscle repair")
            .pillar(ID)
            .summary("Muscle fibres mend and rebuild from protein, so a portion at every meal gives a worked, "
                    + "tight back the material it needs to recover.")
            .steps(
                    "Build each meal around a protein food: eggs, fish, chicken, beans, lentils, tofu, yoghurt or "
                            + "cheese.",
                    "Judge a portion by hand: about the size and thickness of your palm for meat, fish or tofu, or "
                            + "a cupped handful of beans or lentils.",
                    "Spread it across breakfast, lunch and dinner rather than saving it all for the evening.",
                    "After a workout or a physically hard day, include some protein in your next meal or snack.")
            .dose(Dose.daily(3, "portions"))
            .bodyAreas(WHOLE_BODY)
            .causes(DEHYDRATION_OR_POOR_NUTRITION)
            .cautions("With kidney disease, ask your doctor how much protein suits you before eating more.")
            .build();

    static final Technique WATER = Technique.builder("nutrition/water")
            .name("Drink enough water")
            .pillar(ID)
            .summary("Muscle is mostly water. Drinking steadily through the day keeps it soft and able to give; "
                    + "running dry leaves it stiff and quicker to cramp.")
            .steps(
                    "Start the day with a glass of water, before coffee or tea.",
                    "Keep a full glass or bottle where you work and sip from it through the day.",
                    "Drink a glass with each meal and another around any exercise.",
                    "Count eight glasses of about 250 ml, two litres in all, by the evening; pale yellow urine "
                            + "shows you are keeping up.")
            .dose(Dose.daily(8, "glasses"))
            .equipment("A glass or a refillable bottle")
            .bodyAreas(WHOLE_BODY)
            .causes(DEHYDRATION_OR_POOR_NUTRITION)
            .cautions(
                    "Drink more in hot weather, when you sweat heavily or when you are ill.",
                    "With a heart or kidney condition your doctor may set a fluid limit; follow that instead.")
            .build();

    static final Technique LIMIT_SUGAR_AND_PROCESSED_FOOD = Technique.builder(
                    "nutrition/limit-sugar-and-processed-food")
            .name("Limit sugar and processed food")
            .pillar(ID)
            .summary("A diet heavy in sugar and processed food can keep the body inflamed, and inflamed muscles "
                    + "are slower to settle. Cutting back one swap at a time makes the change stick.")
            .steps(
                    "Pick one sugary or heavily processed item you have most days: a soft drink, biscuits, a "
                            + "pastry, crisps or a ready meal.",
                    "Replace it with a whole food: water or tea for the soft drink, fruit or nuts for the sweets, "
                            + "a simple home-cooked plate for the ready meal.",
                    "Read labels: the shorter the ingredient list and the lower down it sugar appears, the better.",
                    "Once a swap feels normal, keep it and add the next one.")
            .dose(Dose.daily(1, "swap"))
            .bodyAreas(WHOLE_BODY)
            .causes(DEHYDRATION_OR_POOR_NUTRITION)
            .cautions(
                    "Aim for less, not for none; an occasional treat does not undo the rest.",
                    "With diabetes, plan changes to sugar and meals with your doctor or nurse.")
            .build();

    private static final List<Technique> TECHNIQUES =
            List.of(MAGNESIUM_RICH_FOODS, OMEGA_3S, PROTEIN, WATER, LIMIT_SUGAR_AND_PROCESSED_FOOD);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Nutrition and hydration", "0.1.0", "The Unknot project");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of(
                ID,
                "Nutrition and hydration",
                "Muscles are rebuilt from what you eat and drink. Water, minerals, good fats and protein help "
                        + "them mend and stay springy, while a steady diet of sugar and processed food keeps "
                        + "inflammation simmering."));
    }

    @Override
    public List<Technique> techniques() {
        return TECHNIQUES;
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(
                HabitTemplate.of(
                        "nutrition/eight-glasses-of-water",
                        "8 glasses of water a day",
                        "Drink eight glasses of water over the day and count them as you go.",
                        HabitTarget.technique("nutrition/water"),
                        Schedule.daily(),
                        Metric.measured("glasses", 8)),
                HabitTemplate.of(
                        "nutrition/daily-magnesium",
                        "Magnesium-rich food every day",
                        "Have two servings of leafy greens, seeds or bananas each day.",
                        HabitTarget.technique("nutrition/magnesium-rich-foods"),
                        Schedule.daily(),
                        Metric.measured("servings", 2)),
                HabitTemplate.of(
                        "nutrition/omega-3s-twice-a-week",
                        "Omega-3s twice a week",
                        "On two days a week, eat a portion of oily fish such as salmon, or walnuts if you "
                                + "do not eat fish.",
                        HabitTarget.technique("nutrition/omega-3s"),
                        Schedule.timesPerWeek(2),
                        Metric.yesNo()));
    }
}
