package org.dateline;

import java.util.List;

/**
 * Three reports of one wildfire for the merge tests of the front ends (the same as the core's StoryMergeTest): the
 * first two (the evacuation, the cause) share too little to be one story, the third covers both and merges them.
 */
public final class MergeReports {

    /**
     * The scenario is built on shared words (each report shares most of its words with the bridge), so the engine
     * runs lexically for it: with embeddings the bridge is read by its lead (the evacuation) and resembles the
     * lightning report too little to merge, which the merge mechanics under test do not depend on.
     */
    public static final java.util.Map<String, String> LEXICAL = java.util.Map.of("story.vectors", "false");

    private MergeReports() {
    }

    /** JSON documents in arrival order, as the API and JSON Lines take them. */
    public static final List<String> DOCUMENTS = List.of(
            "{\"title\": \"Tarvos village evacuated as wildfire nears homes\", \"text\": \"Residents of Tarvos were ordered to leave their homes on Sunday night as a wildfire advanced towards the village, mayor Elin Vasko said. Buses took about 600 people to a sports hall in Merrow.\\n\\n\\\"We could see the flames from the school yard,\\\" Vasko told the Harbour Courier. Police closed Route 9 between Tarvos and Merrow, and volunteers handed out blankets and water at the sports hall.\\n\\nVasko said families would not be allowed back before Tuesday.\", \"url\": \"https://harbourcourier.example/news/tarvos-evacuated\", \"published\": \"2026-05-10T21:00:00Z\", \"lang\": \"en\"}",
            "{\"title\": \"Lightning strike blamed for Brannock Forest blaze\", \"text\": \"Fire chief Odo Marren said a lightning strike during Saturday's dry thunderstorm most likely started the blaze in Brannock Forest, which has burned some 1,400 hectares of pine.\\n\\nMarren said three firefighting aircraft from Keld airfield were dropping water over the ridge, and crews dug firebreaks along the old logging road. Strong easterly winds were pushing the front west.\\n\\nInvestigators found a scorched pine at the ridge top, Marren said.\", \"url\": \"https://ridgeline-post.example/2026/05/10/brannock-forest-lightning\", \"published\": \"2026-05-10T22:00:00Z\", \"lang\": \"en\"}",
            "{\"title\": \"Brannock Forest wildfire forces Tarvos village evacuation\", \"text\": \"A wildfire in Brannock Forest forced the evacuation of Tarvos village on Sunday night: buses took about 600 residents to a sports hall in Merrow, where volunteers handed out blankets and water, mayor Elin Vasko said. Police closed Route 9 between Tarvos and Merrow, and families would not be allowed back before Tuesday, Vasko said.\\n\\nFire chief Odo Marren said a lightning strike during Saturday's dry thunderstorm most likely started the blaze, which has burned some 1,400 hectares of pine; aircraft from Keld airfield were dropping water over the ridge.\", \"url\": \"https://valley-news.example/wildfire-brannock-tarvos\", \"published\": \"2026-05-11T06:00:00Z\", \"lang\": \"en\"}");

    /** The three documents as one JSON Lines file. */
    public static String jsonLines() {
        return String.join("\n", DOCUMENTS) + "\n";
    }
}
