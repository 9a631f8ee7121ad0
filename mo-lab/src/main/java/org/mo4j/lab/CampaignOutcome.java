package org.mo4j.lab;

/**
 * What a run of a campaign by an engine ({@link LocalEngine}, or a {@link CampaignEngine}) did.
 *
 * @param total       runs in the campaign
 * @param skipped     runs already recorded before the call
 * @param ran         runs executed by the call
 * @param failed      of those, how many failed
 * @param wallSeconds the call's wall-clock time
 * @param runSeconds  the summed {@link RunRecord#runSeconds()} (the algorithms' own time) of the
 *                    runs executed
 * @param taskSeconds the summed {@link RunRecord#taskSeconds()} (runs with their indicators) of
 *                    the runs executed
 * @param threads     the threads used
 */
public record CampaignOutcome(
        int total,
        int skipped,
        int ran,
        int failed,
        double wallSeconds,
        double runSeconds,
        double taskSeconds,
        int threads) {

    /**
     * The runner's overhead: 1 − (summed task time) / (wall time × threads), the share of the
     * threads' time not spent inside a run's task (scheduling, writing records, idle threads at
     * the end).
     */
    public double overhead() {
        return wallSeconds <= 0 ? 0 : 1 - taskSeconds / (wallSeconds * threads);
    }
}
