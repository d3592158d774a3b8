package com.clinicfaqbot.triage;

import static com.clinicfaqbot.assistant.EscalationReason.BUSINESS;
import static com.clinicfaqbot.assistant.EscalationReason.COMPLICATION;
import static com.clinicfaqbot.assistant.EscalationReason.HUMAN_REQUESTED;
import static com.clinicfaqbot.assistant.EscalationReason.MEDICAL_HISTORY;
import static com.clinicfaqbot.assistant.EscalationReason.NO_MATCH;
import static com.clinicfaqbot.assistant.EscalationReason.OTHER_TREATMENT;

import com.clinicfaqbot.assistant.EscalationReason;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The clinic's safety rules in one table, in the order they are tried. A rule wins even when the
 * message shares words with an FAQ entry: "does laser hair removal hurt?" is not our pain entry.
 *
 * <p>Patterns run on {@link TextNormalizer normalized} text (lowercase, straight apostrophes). The
 * fragments below name the vocabulary; the rules combine them. Rules that need two things anywhere
 * in a message use lookaheads anchored at the start ({@code \A(?=.*a)(?=.*b)}): unanchored, the
 * regex engine would retry them at every position, quadratic in the message's length.
 * Tests: {@code TriageTest}.
 */
final class TriageRules {
  private TriageRules() {}

  // ---- vocabulary ---------------------------------------------------------------------------

  private static final String BODY =
      "(?:face|skin|cheeks?|forehead|nose|chin|jaw|jawline|neck|lips?|mouth|eyes?|eyelids?|under ?eyes?"
          + "|chest|decollete|hands?|arms?|legs?|stomach|tummy|belly|back|scalp|temples?|spots?|area|patch(?:es)?)";

  /** What a client feels or sees when something is wrong right after a treatment. */
  private static final String ACUTE =
      "(?:red|redder|redness|bright red|swollen|swelling|swell(?:ing|s|ed)?|puffy|puffiness|sore|soreness"
          + "|tender|itch(?:y|ing|es)?|burn(?:ing|s)?|sting(?:ing|s)?|raw|bleed(?:ing|s)?|bled|blood|bruis(?:e|ed|es|ing)"
          + "|peel(?:ing|y)?|flak(?:y|ing|es)|bump(?:s|y)|blotch(?:y|es)|pain(?:ful)?|hurt(?:ing|s)?"
          + "|throb(?:bing|s)?|inflamed|inflammation|irritated|irritation|crack(?:ed|ing)|broke out|broken out"
          + "|breaking out|breakouts?|pimples?|zits?|whiteheads?|sores?|lumps?)";

  /** Marks that are a question about results before a treatment, and a problem after one. */
  private static final String LASTING =
      "(?:spots?|marks?|patch(?:es)?|lines|discolou?r(?:ation|ed)|dark|pigment(?:ation|ed)?|scars?|scarring|dents?)";

  private static final String AFTER_TREATMENT =
      "(?:after (?:my|the|microneedling|treatment|session|it|that)|since (?:my|the|microneedling)"
          + "|post[- ]?(?:treatment|procedure|microneedling|needling|session)"
          + "|from (?:the|my) (?:pen|needles?|treatment|serum|cream|numbing|session|microneedling))";

  /** Words that place a symptom in the client's real, current or past experience. */
  private static final String STATE =
      "(?:still|right now|tonight|this morning|yesterday|last (?:night|week|session|treatment|appointment|time)"
          + "|since|getting worse|worse|worsening|spreading|spread|won'?t (?:go|stop|calm|settle)|not going (?:away|down)"
          + "|hasn'?t|haven'?t|it'?s been|its been|been \\d+|\\d+ ?(?:days?|weeks?|hrs?|hours?|months?) (?:later|ago|post|out|since|in)"
          + "|(?:a|one|two|three|few) (?:days?|weeks?|months?) (?:later|ago)|a month later|day \\d+|woke up|popped up|showed up"
          + "|came up|started|turned|became|keeps?|kept|noticed|developed|made (?:my|me)|picked|scratched)";

  /** A body part with the words clients put before it: "my whole face", "my left cheek". */
  private static final String MY_BODY =
      "my (?:whole |entire |left |right |upper |lower |poor |little |top |bottom |inner |outer )?" + BODY;

  /**
   * What clients notice on their own skin that {@link #ACUTE} does not name, or names only with
   * other words: telling only together with a time since the treatment ({@link #SINCE_TREATMENT}).
   */
  private static final String NOTICED =
      "(?:leak(?:s|ing|y)?|warm|hot|numb|tight|purple|yellow(?:ish)?|green(?:ish)?|smell(?:s|y)?|stink(?:s|y)?"
          + "|lumpy|hard|dark|darker|lines|marks?|dots|holes|tracks|grid|bumps?|spots?|patch(?:es|y)?|streaks?"
          + "|flar(?:e|es|ed|ing)|purg(?:e|ing)|puff(?:ing|ed)|swelling|burning|stinging|itching|bleeding|scarring"
          + "|peeling|flaking|discolou?red|uneven|white ?heads?|pimply|welts?|hives|cracks?)";

  /** A time or place that ties what a client sees to the treatment they had. */
  private static final String SINCE_TREATMENT =
      "(?:" + AFTER_TREATMENT + "|day (?:\\d+|one|two|three|four|five|six|seven|ten)"
          + "|\\d+ ?(?:days?|d|weeks?|wks?|hrs?|hours?|months?) (?:later|after|out|post|in|since|ago|on|now)"
          + "|(?:a|one|two|three|four|five|six|seven|ten|a few|few|couple(?: of)?) (?:days?|weeks?|hours?|months?)"
          + " (?:later|after|out|post|ago|on|now)"
          + "|since (?:then|my|the|yesterday|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
          + "|yesterday'?s? (?:appt|appointment|session|treatment)"
          + "|(?:my|the) (?:appt|appointment|session|treatment) (?:yesterday|last|on|this)"
          + "|where (?:u|you|she|he|they|the needles?|the pen|it|the device) (?:did|went|was|were|needled|treated|worked)"
          + "|(?:treated|needled) (?:area|areas|spots?|skin|parts?)"
          + "|(?:the|my) (?:needle|needling) (?:marks?|spots?|dots|holes|tracks)"
          + "|the next (?:day|morning)|next morning|this morning|woke up|overnight)";

  /** Words that make a message about what may happen, not what has. */
  private static final String WHAT_IF =
      "(?:will|gonna|going to|would|might|could|can i|should i|is it ok|ok to|allowed|should i expect|is it normal to|is it common to|how long|how soon"
          + "|how many days|until|till|before|if|once|do people|does everyone|usually|normally|typically|expect"
          + "|normal|common|expected|typical|usual)";

  /**
   * Words that place a message in the client's own present, even beside "will" or "if"; verbs
   * only in forms no "will" takes ("my skin stays", not "will my skin stay").
   */
  private static final String HAPPENING =
      "(?:" + MY_BODY + "(?: \\w+)? (?:is|are|'s|feels|looks|has|got|gets|went|turned|keeps|started|became|stays"
          + "|seems|won'?t|isn'?t|hasn'?t)|i (?:noticed|can see|woke)|i'?m (?:still|so|really|now)"
          + "|there'?s|theres|there (?:is|are)|still|right now|currently|rn|now (?:it'?s|its|my|i|there))";

  /** Treatments the clinic's FAQ does not cover (laser is handled separately: comparing is fine). */
  private static final String OTHER_TREATMENTS =
      "(?:botox|dysport|xeomin|fillers?|lip (?:filler|flip|blush)|juvederm|restylane|sculptra|kybella|chemical peels?"
          + "|(?:glycolic|tca|jessners?|lactic|salicylic|enzyme|vi) peels?|(?:get|getting|got|had|after|with) (?:a )?peel\\b"
          + "|hydra ?facials?|dermaplan(?:e|ing)|microderm(?:abrasion)?|ipl|photofacials?|hair removal|waxing|threading"
          + "|electrolysis|tattoo|coolsculpt(?:ing)?|cryolipolysis|lash (?:lift|extensions?)|brow lamination|microblading"
          + "|prp|vampire facial|rf microneedling|radio ?frequency|morpheus ?8|thermage|ultherapy|hifu|injectables?"
          + "|led therapy|mesotherapy|exosomes?|pdo threads?|thread lift|facelift|face lift|lipo(?:suction)?)";

  private static final String LASER_COMPARISON =
      "\\b(?:vs\\.?|versus|compare[ds]?|comparison|difference|different|better|worse|instead|or|than|like|same as"
          + "|alternatives?"
          + "|similar|over|which|choose|pick)\\b";

  /**
   * Another treatment or a business word said in passing, not asked about: blanked out before the
   * other-treatment and business rules read a message (never before the safety rules). "is it as
   * painful as waxing?" asks about our pain; "before i book, is it safe?" asks if it is safe.
   */
  static final String IN_PASSING =
      // a feeling or recovery compared with another treatment: the treatment is blanked
      "(?<=\\b(?:hurt\\w*|pain\\w*|feel\\w*|felt|sting\\w*|sore\\w*|uncomfortable|ouch\\w*|bad|downtime|down time|recovery"
          + "|redness|red|swelling|swollen|healing|intense|worse|more|less|similar|same)\\b[^.?!,]{0,30}?\\b"
          + "(?:than|like|as|compared (?:to|with)|vs\\.?|versus) )(?:(?:a|an|the|my|getting|having|doing|regular|normal|basic"
          + "|typical|when (?:i|you) get)\\s+)*" + OTHER_TREATMENTS + "(?:\\s+(?:on\\s+)?(?:my\\s+)?(?:brows?|eyebrows?|lips?|legs?"
          + "|face|arms?|bikini))?"
          // booking or paying as the occasion of the question
          + "|\\bbefore (?:i |we )?(?:book|booking|pay|paying|put down|commit|sign up|spend|buy)\\b(?: (?:the|a|my|any|for|it"
          + "|anything|an appointment|appt|deposit|money))*"
          + "|\\bi (?:wanna|want to|would like to|plan to|'?m going to|am going to|'?d like to|might) book\\b"
          + "(?: (?:it|one|a session|an appointment|in))*(?= ?(?:but|,|so|and))"
          + "|\\b(?:thinking|planning) (?:of|about|on) (?:booking|getting|doing)\\b"
          + "|\\bexpensive(?= (?:serums?|products?|creams?|skincare|stuff|moisturi[sz]ers?)\\b)"
          + "|\\$\\s?\\d+(?= (?:roller|dermaroller|derma ?roller|kit|device|pen|tool|one|serum|cream|stamp)s?\\b)"
          + "|\\b(?:big|great|good) deal\\b|\\bwhat'?s the deal\\b|\\bwhats the deal\\b"
          + "|\\b(?:just|on|from|all over|seen on|saw on|like on|all over my) (?:instagram|insta|ig|tiktok)\\b";

  private static TriageRule rule(
      Function<String, Predicate<String>> form, EscalationReason reason, String name, String regex) {
    return new TriageRule(reason, name, form.apply(regex), null);
  }

  private static TriageRule rule(
      Function<String, Predicate<String>> form, EscalationReason reason, String name, String regex, String unless) {
    return new TriageRule(reason, name, form.apply(regex), form.apply(unless));
  }

  // ---- the table ----------------------------------------------------------------------------

  /**
   * The rules in use, for speed: word lists factored by first letter ({@link Alternation}), each
   * pattern tried only where a match can begin ({@link RuleSearch}).
   */
  static final List<TriageRule> ALL = table(regex -> RuleSearch.of(Alternation.factor(regex)));

  /** Each pattern as written, searched with {@code Matcher.find()}: what the faster forms must equal. */
  static final Function<String, Predicate<String>> AS_WRITTEN = regex -> Pattern.compile(regex).asPredicate();

  /**
   * The table, each pattern turned by {@code form} into a search of a text: tests compare the
   * rules in use with the patterns exactly as written ({@link #AS_WRITTEN}).
   */
  static List<TriageRule> table(Function<String, Predicate<String>> form) {
    return List.of(
          // A problem after a treatment: never an FAQ answer, even "is this normal?".
          rule(form, COMPLICATION, "alarm-sign",
              "\\b(?:pus|puss|ooz(?:e|es|ing)|leak(?:s|ing|ed)|infect(?:ed|ion)|fever(?:ish)?|chills|hives|blister(?:s|ed|ing)?|abscess"
                  + "|weeping|crust(?:y|s|ed|ing)?|scab(?:s|by|bing|bed)?|rash(?:es)?|welts?|open sores?|raw"
                  + "|swollen shut|swell(?:ing|ed)? up|allergic reaction|(?:a|an|having|had|bad) reaction|reacting"
                  + "|anaphyla\\w*|can'?t breathe|hot to the touch|red streaks?|streaking|discharge"
                  + "|(?:can'?t|won'?t|doesn'?t) stop (?:bleeding|itching|burning|hurting|swelling)"
                  + "|keeps? (?:bleeding|itching|burning|hurting|swelling)|bleeding\\b[^.?!]{0,25}\\bstop)\\b"),
          rule(form, COMPLICATION, "my-skin-is",
              "\\b" + MY_BODY + "\\b[^.?!]{0,25}?\\b(?:is|are|'s|s|has|have|had|looks|feels|got|gets|keeps|kept|started"
                  + "|became|went|turned|stays|stayed|won'?t|isn'?t|hasn'?t)\\b[^.?!]{0,30}?\\b" + ACUTE + "\\b"),
          rule(form, COMPLICATION, "i-am-symptom",
              "\\b(?:i'?m|im|i am|i was|i'?ve been|i been|i'?m looking|i'?m feeling)\\s+(?:(?:still|so|really|very|super|kinda|a bit|all|getting"
                  + "|feeling|quite|pretty|extremely|bright)\\s+)*(?:red|swollen|puffy|sore|itchy|burning|bleeding"
                  + "|bruised|peeling|flaking|blotchy|breaking out|broken out|in (?:so much |a lot of )?pain)\\b"),
          rule(form, COMPLICATION, "i-look-symptom",
              "\\bi (?:look|feel) (?:(?:so|really|very|super|kinda|all|still)\\s+)*(?:red|swollen|puffy|bruised|blotchy"
                  + "|burnt|burned|raw|sore|itchy|awful|terrible|like a tomato|like i got burned)\\b",
              "\\b(?:will|would|gonna|going to|might|could|how long do|how long will|if) i (?:look|feel)\\b"),
          rule(form, COMPLICATION, "it-is-symptom",
              "\\b(?:it'?s|its|it is|it'?s been|they'?re|theyre|they are|everything(?:'s| is)|" + MY_BODY + "(?:'s| is| are))"
                  + "\\s+(?:(?:still|so|really|very|super|kinda|like|all|just|literally|now|actually)\\s+)*"
                  + "(?:burning|stinging|throbbing|bleeding|oozing|weeping|swollen|itchy|itching|hurting|killing me|on fire"
                  + "|raw|blistering|crusting|scabbing|leaking|swelling up|puffing up)\\b"),
          rule(form, COMPLICATION, "my-skin-does",
              "\\b" + MY_BODY + "\\s+(?:(?:still|really|so|kinda|just|now|keeps?)\\s+)*"
                  + "(?:burns|stings|itches|hurts|throbs|aches|bleeds|tingles|swells|peels|oozes|weeps|leaks|feels (?:hot|warm|tight|weird|wrong|funny))\\b"),
          rule(form, COMPLICATION, "on-my-skin",
              "\\b(?:blood|bleeding|pus|bruis(?:e|es|ing)|rash(?:es)?|blisters?|scabs?|crust|welts?|hives|lumps?|bumps?"
                  + "|swelling|yellow (?:stuff|crust|goo|fluid|liquid)|clear (?:fluid|liquid)|fluid|goo)"
                  + " (?:on|all over|coming (?:out )?(?:of|from)|from|in|under|around) " + MY_BODY + "\\b"),
          rule(form, COMPLICATION, "breathing-or-throat",
              "\\b(?:throat (?:feels |is |getting )?(?:tight|closing|swell\\w*)|(?:hard|trouble|difficult|difficulty) (?:to )?breath\\w*"
                  + "|short of breath|tongue (?:is )?swell\\w*|puff(?:ing|ed|s)? up|blew up|blown up)\\b"),
          // The safety net: something on the client's skin tied to the treatment by time or place,
          // unless the whole message is about what may happen ("will i be red the day after?").
          rule(form, COMPLICATION, "noticed-since-treatment",
              "\\A(?=.*\\b(?:" + ACUTE + "|" + NOTICED + "|" + LASTING + ")\\b).*\\b" + SINCE_TREATMENT + "\\b",
              "\\b" + WHAT_IF + "\\b"),
          rule(form, COMPLICATION, "noticed-since-treatment-now",
              "\\A(?=.*\\b(?:" + ACUTE + "|" + NOTICED + "|" + LASTING + ")\\b)(?=.*\\b" + HAPPENING + "\\b)"
                  + ".*\\b" + SINCE_TREATMENT + "\\b"),
          rule(form, COMPLICATION, "smell-or-colour",
              "\\b(?:smells?|smelly|stinks?|odou?r|yellow(?:ish)?|green(?:ish)?)\\b[^.?!]{0,40}\\b" + MY_BODY + "\\b"
                  + "|\\b" + MY_BODY + "\\b[^.?!]{0,40}\\b(?:smells?|smelly|stinks?|odou?r|yellow(?:ish)?|green(?:ish)?)\\b"),

          // The client's own medical situation before a treatment.
          rule(form, MEDICAL_HISTORY, "pregnancy",
              "\\b(?:pregnant|pregant|pregnat|preggo|preggers|expecting a baby|just had (?:my|a|the) baby|had (?:my|a|the) baby|gave birth|postpartum|post-partum|newborn|trying (?:for a baby|for a kid|for a family|for (?:another|our first|a second) (?:one|baby|kid)|to conceive|to get pregnant)"
                  + "|ttc|ivf|breast ?feed(?:ing)?|breastfed|nursing|lactating)\\b"),
          rule(form, MEDICAL_HISTORY, "pregnancy-mentioned", "\\bpregnanc(?:y|ies)\\b",
              "\\b(?:from|after|since|during) (?:my |a |the |both |two |2 )?(?:last |first )?pregnanc(?:y|ies)\\b"
                  + "|\\bpregnancy (?:stretch )?marks\\b"),
          rule(form, MEDICAL_HISTORY, "medication",
              "\\b(?:accutane|acutane|accutaine|isotretinoin|roaccutane|absorica|claravis|tretinoin|retin-?a|blood thinners?"
                  + "|anti-?coagulants?|warfarin|coumadin|eliquis|xarelto|heparin|aspirin|clopidogrel|plavix|steroids?"
                  + "|prednisone|chemo(?:therapy)?|radiation|immunosuppress\\w*|antibiotics?|medications?|meds"
                  + "|prescription|insulin|ozempic|semaglutide)\\b"),
          rule(form, MEDICAL_HISTORY, "condition",
              "\\b(?:diabet\\w*|eczema|excema|exzema|rosacea|psoriasis|keloids?|keloidal|lupus|autoimmune|vitiligo"
                  + "|melasma|h(?:a)?emophilia|bleeding disorder|blood disorder|clotting|herpes|hsv|cold sores?"
                  + "|fever blisters?|shingles|warts?|moles?|skin cancer|cancer|melanoma|dermatitis|hiv|epilepsy|seizures?"
                  + "|heart condition|pacemaker|scleroderma|impetigo|fungal|cellulitis|surgery (?:last|next|recently)"
                  + "|recent surgery|immune)\\b"),
          rule(form, MEDICAL_HISTORY, "allergy",
              "\\b(?:allerg(?:y|ies|ic)|sensitive to|(?:i|my skin) (?:react|reacts|reacted) (?:to|badly|really))\\b"),
          rule(form, MEDICAL_HISTORY, "active-acne",
              "\\b(?:(?:active|cystic|current|bad|severe|hormonal) (?:acne|breakouts?)|cystic|breakout right now"
                  + "|i (?:have|get|got|'ve got|ve got|still have) (?:really |bad |some |a lot of |lots of |mild )?acne\\b(?! scar)"
                  + "|my (?:acne|skin|eczema|rosacea|psoriasis|dermatitis|breakouts?) (?:is |are |has been |keeps |keep |started )?"
                  + "(?:flaring|flared|breaking out|acting up|really bad|so bad|terrible|awful)"
                  + "|my \\w+ (?:is |are |keeps |started )?flar(?:ing|ed|es)(?: up)?)"),
          rule(form, MEDICAL_HISTORY, "recent-sunburn",
              "\\b(?:(?:i|i'?m|im|i am|i'?ve|ive|my (?:face|skin)) (?:just |currently |kinda |a bit |really )?"
                  + "(?:got|have|has|had|am|is|was|been|get|got a) (?:a |really |bad |bit )?(?:sun ?burn(?:t|ed)?|burnt|burned)"
                  + "|got (?:a )?sun ?burn(?:t|ed)?|sun ?burn(?:t|ed)? (?:last|this|yesterday|on my|at the)"
                  + "|(?:burned|burnt|fried) my (?:face|skin|nose|cheeks?|forehead))\\b"),

          // A symptom in the client's own recent experience (after the specific rules above).
          rule(form, COMPLICATION, "symptom-lasting", "\\A(?=.*\\b" + ACUTE + "\\b).*\\b" + STATE + "\\b"),
          rule(form, COMPLICATION, "symptom-after-treatment",
              "\\A(?=.*\\b" + ACUTE + "\\b)(?=.*\\b" + AFTER_TREATMENT + "\\b).*\\b(?:broke|got|developed|started|went"
                  + "|turned|came up|popped|showed|noticed|woke|became|now)\\b"),
          rule(form, COMPLICATION, "marks-after-treatment",
              "\\A(?=.*\\b" + LASTING + "\\b)(?=.*\\b" + AFTER_TREATMENT + "\\b).*\\b" + STATE + "\\b"),


          // Another treatment, even in our words ("downtime after a chemical peel").
          rule(form, OTHER_TREATMENT, "other-treatment", "\\b" + OTHER_TREATMENTS + "\\b"),
          rule(form, OTHER_TREATMENT, "laser-treatment", "\\blasers?\\b", LASER_COMPARISON),
          rule(form, OTHER_TREATMENT, "laser-hair-or-tattoo", "\\blaser (?:hair|tattoo|genesis|facial|toning)\\b"),

          // A person, please.
          rule(form, HUMAN_REQUESTED, "ask-for-a-person",
              "\\b(?:(?:talk|speak|chat) (?:to|with) (?:a |an |the |some |real |actual )*(?:one|someone|somebody|person"
                  + "|human|people|staff|esthetician|aesthetician|nurse|doctor|dr|receptionist|team|manager|owner|anyone"
                  + "|you|u|the clinic|your clinic|clinic)"
                  + "|(?:real|actual|live) (?:person|human|people)|a human|human (?:please|pls|plz)"
                  + "|(?:call|phone|text|email) me|(?:can|could) (?:someone|somebody|anyone) (?:call|contact|help|get back|reach)"
                  + "|(?:connect|transfer|put) me (?:through )?(?:to|with)|agent|representative"
                  + "|contact (?:you|the clinic|someone|staff)|how (?:do|can) i (?:reach|contact))\\b"),

          // Clinic business: the FAQ deliberately holds none of it.
          rule(form, BUSINESS, "price",
              "(?:\\b(?:price|prices|pricing|priced|cost|costs|costing|fee|fees|charge|charges|expensive|cheap|afford\\w*"
                  + "|deals?|promo\\w*|discount\\w*|coupon|code|specials?|packages?|how much (?:is|are|for|would|will it cost"
                  + "|does it cost|do (?:you|u) charge))\\b|\\$\\s?\\d|\\d\\s?\\$|\\d ?% off|percent off)"),
          rule(form, BUSINESS, "booking",
              "\\b(?:book|booking|booked|reschedul\\w*|cancel\\w*|availability|available|openings?|waitlist|walk-?ins?"
                  + "|consult(?:ation)?s?|(?:move|change|push|switch) (?:my |the )?(?:first |second |next |third |last |2nd |3rd )?"
                  + "(?:appt|appointment|booking|session)"
                  + "|running (?:a (?:bit|little) |\\d+ ?(?:min|mins|minutes) |so |very )?late|be (?:a (?:bit|little) |\\d+ ?(?:min|mins|minutes) )?late (?:for|to)"
                  + "|my \\d{1,2}(?::\\d\\d)? ?(?:am|pm)"
                  + "|(?:make|get|schedule|set up) (?:an |a |my )?(?:appt|appointment)|next (?:available|opening)"
                  + "|(?:do you have|have you got|any(?:thing)?|open|free|come in)\\b[^.?!]{0,20}\\b(?:mon|tues|wednes|thurs"
                  + "|fri|satur|sun)days?)\\b",
              "\\bbook\\w* (?:some |a |the )?(?:time|day|days|week|vacation|holiday)s? off\\b"),
          rule(form, BUSINESS, "hours-and-location",
              "\\b(?:(?:your|ur|the clinic'?s?|opening|business|office|store) hours|what (?:are|r) (?:your|ur|the) hours"
                  + "|(?:are|r) (?:you|u) (?:guys )?open|open (?:on|today|tomorrow|tonight|late|now|weekends?|sundays?"
                  + "|saturdays?)|(?:when|what time) (?:do|does) (?:you|u|the clinic|it) (?:open|close)"
                  + "|where (?:are|r) (?:you|u)|where is (?:the|your) (?:clinic|office|spa)|location|located|address"
                  + "|directions|parking|near me|how (?:do|can) i get there|wheelchair|accessib\\w*|phone number"
                  + "|email address|website|instagram|wifi|wi-fi)\\b"),
          rule(form, BUSINESS, "payment",
              "\\b(?:pay (?:with|by|in|using|cash|card|monthly|upfront|later)|payments?|paying (?:with|by|in)|credit card"
                  + "|debit|cash|visa|mastercard|amex|insurance|insured|hsa|fsa|financing|finance|installments?|afterpay"
                  + "|klarna|deposit|refunds?|gift ?cards?|gift certificates?|vouchers?|membership)\\b"),
          rule(form, BUSINESS, "shop-and-policies",
              "\\b(?:(?:do|does) (?:you|u|the clinic) (?:guys )?(?:sell|stock|carry)|(?:buy|purchase|order) (?:the |your |a |some )?"
                  + "(?:serums?|healing kit|kit|products?|creams?|skincare)|bring (?:my|a|our) (?:own|kid|kids|child|toddler"
                  + "|baby|friend|partner|husband|wife|mom|dog)|who (?:does|will do|performs|is doing|will be doing) (?:the|my|it)"
                  + "|how long (?:does|is|will) (?:the|my|an|a|each|one) (?:whole |full |entire )?(?:appointment|appt|session"
                  + "|treatment|procedure|visit)(?: (?:take|last|be))?(?! results))\\b"),

          // About a child or a pet, not the client: not for the clinic's FAQ ("sunscreen for my toddler?").
          rule(form, NO_MATCH, "someone-else",
              "\\b(?:for|on) (?:my|our|his|her|a) (?:little |baby |toddler |teenage |teen |young )?(?:toddler|baby|son|daughter|kid"
                  + "|kids|child|children|teen|teenager|boy|girl|dog|cat|pet|puppy|kitten|horse)s?'?s?\\b"
                  + "|\\b(?:get|help|make|convince|let|can|should|does|will) my (?:little |teenage |young )?(?:toddler|son|daughter|kid"
                  + "|kids|child|teen|teenager|dog|cat|pet|puppy)\\b"
                  + "|\\bmy (?:little |teenage |young )?(?:toddler|son|sons|daughter|daughters|kid|kids|child|teen|teenager|dog|cat|pet"
                  + "|puppy|kitten)(?:'?s)? (?:has|have|is|got|gets|keeps|wants|needs|skin|face|scar|scars|acne)\\b"),

          // Questions the clinic's documents give no facts for, however close the words.
          rule(form, NO_MATCH, "results-longevity",
              "\\b(?:how long (?:do|does|will) (?:the |my |your )?(?:results?|effects?) (?:last|stay)"
                  + "|(?:results?|effects?) (?:permanent|last forever|wear off))\\b"));
  }
}
