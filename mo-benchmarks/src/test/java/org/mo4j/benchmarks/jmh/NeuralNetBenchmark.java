package org.mo4j.benchmarks.jmh;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mo4j.nn.Activation;
import org.mo4j.nn.Mlp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One forward and backward pass of an {@link Mlp} on a minibatch, gradient zeroed first: the PPO
 * actor and critic of C-MORL (6 → 64 → 64 → 2 and → 6, tanh, a minibatch of 128) and SVH-PSL's
 * hypernetwork (2 → 256 → 256 → 30, ReLU and sigmoid, 10 preferences). mo4j only: no peer runs
 * double-precision networks on the JVM here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NeuralNetBenchmark {

    /** Layer sizes joined by '-', then ':' and the batch size. */
    @Param({"6-64-64-2:128", "6-64-64-6:128", "2-256-256-30:10"})
    public String net;

    /** Only mo4j (the column Suite's table reads). */
    @Param({"mo4j"})
    public String library;

    private Mlp mlp;
    private int batch;
    private double[] inputs;
    private double[] outputs;
    private double[] outputGradient;

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = net.split(":");
        int[] sizes =
                Arrays.stream(parts[0].split("-")).mapToInt(Integer::parseInt).toArray();
        batch = Integer.parseInt(parts[1]);
        boolean hypernetwork = sizes[1] == 256;
        Mlp.Builder b = Mlp.builder(sizes).maxBatch(batch);
        if (hypernetwork) {
            b.hidden(Activation.RELU).output(Activation.SIGMOID).pytorchDefault();
        } else {
            b.hidden(Activation.TANH).output(Activation.IDENTITY).orthogonal(1, 0.01);
        }
        mlp = b.build(new SplittableRandom(1));
        SplittableRandom r = new SplittableRandom(2);
        inputs = new double[batch * sizes[0]];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = r.nextDouble(-1, 1);
        }
        outputs = new double[batch * mlp.outputSize()];
        outputGradient = new double[outputs.length];
        for (int i = 0; i < outputGradient.length; i++) {
            outputGradient[i] = r.nextDouble(-1, 1);
        }
    }

    @Benchmark
    public void forwardBackward(Blackhole bh) {
        mlp.zeroGradient();
        mlp.forward(inputs, batch, outputs);
        mlp.backward(outputGradient, batch, null);
        bh.consume(outputs);
        bh.consume(mlp.gradient());
    }
}
