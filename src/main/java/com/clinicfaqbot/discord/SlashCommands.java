package com.clinicfaqbot.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The bot's slash commands, registered for the clinic's guild (guild commands appear at once,
 * global ones can take an hour). Everyone sees them all; the staff ones check the staff role
 * when used.
 */
final class SlashCommands {
  static final String ASK = "ask";
  static final String QUESTION = "question";
  static final String FORGET_ME = "forget-me";
  static final String FAQ = "faq";
  static final String RELOAD = "reload";
  static final String ESCALATIONS = "escalations";

  private SlashCommands() {}

  static List<CommandData> all(int maxQuestionChars) {
    return List.of(
        Commands.slash(ASK, "Ask the clinic's assistant a question (only you see the reply)")
            .addOptions(new OptionData(OptionType.STRING, QUESTION, "Your question", true, true)
                .setMaxLength(maxQuestionChars)),
        Commands.slash(FORGET_ME, "Delete everything the bot has stored about you"),
        Commands.slash(FAQ, "Staff: the FAQ")
            .addSubcommands(new SubcommandData(RELOAD, "Staff: reload the FAQ from its files")),
        Commands.slash(ESCALATIONS, "Staff: the questions waiting for the team, urgent first"));
  }

  /** Replaces the guild's commands with these; waits for Discord's answer. */
  static void register(Guild guild, int maxQuestionChars) {
    guild.updateCommands().addCommands(all(maxQuestionChars)).complete();
  }
}
