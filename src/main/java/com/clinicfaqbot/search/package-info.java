/**
 * Lucene retrieval over the FAQ: one analyzer for index and query (English stemming, chat filler, the clinic's synonyms), one immutable in-memory index per FAQ load, swapped atomically on reload, and spelling correction against the FAQ's own vocabulary.
 */
package com.clinicfaqbot.search;
