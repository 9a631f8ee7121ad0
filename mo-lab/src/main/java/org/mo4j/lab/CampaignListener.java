package org.mo4j.lab;

/**
 * Follows a campaign as an engine runs it: the command line draws its progress bar from these
 * calls. Called from the engine's worker threads, one call at a time (the engine serialises them).
 */
public interface CampaignListener {

    /** A listener that ignores everything. */
    CampaignListener NONE = new CampaignListener() {};

    /**
     * Before the first run.
     *
     * @param total   runs in the campaign
     * @param skipped runs already recorded, which will not run again
     */
    default void started(int total, int skipped) {}

    /**
     * After a run's record is stored.
     *
     * @param record the record (failed or not)
     * @param done   runs recorded so far, skipped ones included
     * @param failed failed runs among this session's
     */
    default void finished(RunRecord record, int done, int failed) {}
}
