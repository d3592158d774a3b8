/**
 * A Discord double for tests: the real JDA client logs in to it on 127.0.0.1, with no other network.
 *
 * <p>{@link com.clinicfaqbot.discord.fake.FakeDiscord} starts two servers on ephemeral loopback ports: the REST
 * API under {@code /api/v10} (JDK {@code HttpServer}) and the gateway (uncompressed JSON over a small WebSocket
 * server of its own, {@code LoopbackWebSocketServer}, so the close handshake and dropped connections behave
 * exactly as the tests need).
 * It keeps a small world (the bot, guilds with roles, text channels, threads and members, DMs, messages,
 * registered commands, open interactions), answers what JDA asks with Discord-shaped JSON, records every REST
 * call and gateway frame, and lets a test dispatch events and inject faults.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     JDA jda = discord.jdaBuilder(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES,
 *                     GatewayIntent.MESSAGE_CONTENT)
 *             .addEventListeners(listener)
 *             .build()
 *             .awaitReady();
 *     FakeUser patient = discord.addUser("patient");
 *     FakeInteraction ask = discord.dispatchSlashCommand(
 *             "ask", Map.of("question", "How long is a peel?"), patient, discord.guild().channel("general"));
 *     RecordedRequest callback = ask.awaitCallback(Duration.ofSeconds(5));
 *     assertEquals(64, callback.number("/data/flags", 0) & 64); // answered ephemerally
 *     jda.shutdown();
 * }
 * }</pre>
 *
 * <p>Pointing any {@code JDABuilder} at it ({@link com.clinicfaqbot.discord.fake.FakeDiscord#configure} does this):
 * {@code setRestConfig(new RestConfig().setBaseUrl("http://127.0.0.1:PORT/api/v10/"))}, a session controller
 * whose {@code getGateway()} is {@code ws://127.0.0.1:PORT/}, and {@code setCompression(Compression.NONE)}. The
 * token must be {@link com.clinicfaqbot.discord.fake.FakeDiscord#TOKEN}.
 *
 * <p>Behaviour worth knowing:
 * <ul>
 *   <li>Set the world up before JDA logs in; JDA learns guilds, channels and roles from READY and GUILD_CREATE.
 *       Users may be added any time (a user that speaks in a guild becomes a member without roles).</li>
 *   <li>As on Discord, the bot's own messages come back as MESSAGE_CREATE (switch off with
 *       {@code echoBotMessages(false)}); MESSAGE_CREATE needs the GUILD_MESSAGES / DIRECT_MESSAGES intent; without
 *       MESSAGE_CONTENT a guild message arrives with empty content unless it mentions the bot.</li>
 *   <li>Every dispatch has a sequence number and is kept: after {@code sendReconnect()} (op 7) or
 *       {@code dropConnection()} JDA RESUMEs and gets exactly what it missed.</li>
 *   <li>A REST route the fake does not know is answered 404 {@code {"message":"Unknown","code":0}}, logged as an
 *       error, and listed by {@code unhandledRequests()}: add it to {@code RestRoutes} when JDA needs it.</li>
 *   <li>{@code awaitShutdown} does not wait for REST calls already on the wire; a test should await the calls
 *       its listeners cause before it ends, or they fail against the closed server.</li>
 * </ul>
 */
package com.clinicfaqbot.discord.fake;
