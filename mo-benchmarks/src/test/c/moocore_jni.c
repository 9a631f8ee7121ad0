/*
 * JNI bridge from the JMH peer org.mo4j.benchmarks.peers.MoocorePeer to moocore's C hypervolume
 * (fpli_hv: HV3D+ at d = 3, HV4D+ at d = 4). Own code; moocore itself is not vendored: mo-benchmarks/moocore-build compiles it from a checkout given on the
 * command line, with the flags of moocore's own Makefile (-O3 -march=native -DNDEBUG).
 *
 * The rows arrive as one flat row-major double[] of n * d values; the arrays are pinned with
 * GetPrimitiveArrayCritical (no copy on HotSpot), so a call costs moocore's time plus a few
 * tens of nanoseconds.
 */
#include <jni.h>
#include <stddef.h>
#include "hv.h"

JNIEXPORT jdouble JNICALL
Java_org_mo4j_benchmarks_peers_MoocorePeer_fpliHv(JNIEnv *env, jclass cls, jdoubleArray data, jint n,
                                                  jint d, jdoubleArray ref)
{
    (void) cls;
    double *x = (*env)->GetPrimitiveArrayCritical(env, data, NULL);
    double *r = (*env)->GetPrimitiveArrayCritical(env, ref, NULL);
    double v = fpli_hv(x, (size_t) n, (dimension_t) d, r);
    (*env)->ReleasePrimitiveArrayCritical(env, ref, r, JNI_ABORT);
    (*env)->ReleasePrimitiveArrayCritical(env, data, x, JNI_ABORT);
    return v;
}
