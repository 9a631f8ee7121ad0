/**
 * Experiment campaigns. A {@link org.mo4j.lab.Campaign} (built in Java or read from a YAML or JSON
 * file by {@link org.mo4j.lab.CampaignFile}) names algorithms with settings, problems, seeds, a
 * budget, indicators and checkpoints; {@link org.mo4j.lab.LocalEngine} runs each (algorithm,
 * problem, seed) as an independent single-threaded task ({@link org.mo4j.lab.CampaignRun}) and
 * {@link org.mo4j.lab.RunStore} keeps one atomically written {@link org.mo4j.lab.RunRecord} per
 * run, so a rerun skips what is done; {@link org.mo4j.lab.ResultsTable} is the tidy CSV,
 * {@link org.mo4j.lab.CampaignStatistics} the tests and {@link org.mo4j.lab.Report} the report.
 */
package org.mo4j.lab;
