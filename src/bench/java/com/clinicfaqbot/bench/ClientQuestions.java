package com.clinicfaqbot.bench;

import java.util.List;

/**
 * A fixed mix of what clients type, for the {@code decide} benchmarks: plain questions, typos,
 * slang and emoji, small talk, urgent complications, business questions and long rambling
 * messages. Written for the benchmark (not taken from the labeled sets, which tune the engine) and
 * never changed, so figures from different runs compare.
 */
final class ClientQuestions {
  private ClientQuestions() {}

  static final List<String> ALL =
      List.of(
          // plain questions
          "does microneedling hurt",
          "how long is the downtime after microneedling",
          "can I wear makeup after my session",
          "how many sessions will I need for acne scars",
          "what should I do to prepare for my appointment",
          "when will I see results",
          "is microneedling better than laser resurfacing",
          "can you do microneedling on stretch marks on my stomach",
          "what serums do you put on during the treatment",
          "is it safe to go in the sun afterwards",
          // typos
          "numing creme before?",
          "downtine?",
          "how lond till i see resluts",
          "does micro needeling help with pigmantation",
          "can i use retinal the week befor",
          "what is a dermapen exactley",
          // slang and emoji
          "ngl im lowkey terrified of needles 😬 is this gonna be super painful",
          "can i slap on foundation the next day or nah",
          "will it give me that glow ✨✨",
          "how many days till im not blotchy anymore lol",
          "is the derma roller from amazon the same thing tbh",
          "bruh my pores are huge does this even work on them",
          "💉❓",
          // small talk
          "hi",
          "hey there 👋",
          "thanks so much!",
          "ok cool",
          "are you a bot?",
          "bye, have a good day",
          // urgent: complications and medical history
          "my face is still bright red and swollen 3 days after my microneedling, is that normal?",
          "i have little bumps and pus on my cheek since my session yesterday",
          "im pregnant, can i still get microneedling",
          "i'm on accutane right now, is that a problem",
          "it's been a week and my skin is bleeding where the pen went",
          "I have a keloid history and an active cold sore right now",
          // business and other treatments
          "how much does one session cost",
          "do you take insurance or payment plans",
          "can i book for next tuesday at 3pm",
          "what are your opening hours on saturday",
          "can i talk to a real person please",
          "do you also do botox and lip filler",
          "do you offer gift cards",
          // off-topic
          "whats the weather like tomorrow",
          "can you recommend a good shampoo for dandruff",
          // long, rambling messages
          "so basically I've been thinking about getting microneedling for a while now because I have"
              + " these old acne scars on my cheeks from when I was a teenager and my friend had it done"
              + " and she said it really helped, but I'm honestly worried about how much it will hurt"
              + " and also how long I'd have to hide at home afterwards because I have a job where I"
              + " see clients all day, so what is the pain like and how long until I look normal again?",
          "ok so i got my first session booked (yay) but i'm a bit confused about what i should and"
              + " shouldn't do beforehand like do i stop my vitamin c serum, my retinol, my exfoliating"
              + " toner, and should i come with a clean face or is makeup fine and also can i work out"
              + " at the gym that morning or is sweating bad, sorry for all the questions 🙈",
          "Hello! I had microneedling two weeks ago and everything healed nicely, thank you. I wanted to"
              + " ask when it is okay to start my normal skincare again, especially acids and retinol,"
              + " and when I can go back to using my sunbed, and also whether I should book the next"
              + " session now or wait a month or so. My skin is quite sensitive in general.",
          "heyyy so like my sister did the at home roller thing from tiktok and her face looked kinda"
              + " rough after lol, is the clinic version actually different or is it the same idea"
              + " just more expensive?? also does it work on the neck and chest or only the face",
          "What is microneedling? What is microneedling? What is microneedling? What is microneedling?"
              + " What is microneedling? What is microneedling? What is microneedling? What is it?",
          "I have rosacea and eczema on and off and I get cold sores sometimes, I also take blood"
              + " thinners for a heart condition, would microneedling be okay for someone like me or"
              + " should I talk to my doctor first, and what would the recovery be like in my case?");
}
