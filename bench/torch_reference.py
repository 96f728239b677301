"""PyTorch-CPU reference for `npm run bench`: the same models as the tfjs training bench, steps/second.

Usage: python3 bench/torch_reference.py MODEL THREADS SECONDS [VOCAB]
       python3 bench/torch_reference.py serve MODEL THREADS VOCAB   (then one "SECONDS" per stdin line)
       python3 bench/torch_reference.py gemm M K N THREADS SECONDS  (float32 x @ w, prints GFLOP/s)
In serve mode the model is built and warmed up once; each stdin line runs a timed round of that many
seconds and prints one JSON line, so the bench can alternate tfjs and PyTorch rounds (ABAB…).
MODEL is `mlp` (784-128-10, batch 64) or `transformer` (2 layers, d 64, 4 heads, context 64, batch 16,
affine-free pre-norm, ReLU MLP). Adam lr 1e-3. Prints one JSON line: {"model", "threads", "steps_per_s"}.
Data are seeded random tensors of the training shapes: the bench measures the training step, not I/O.
"""
import json
import sys
import time

import torch
import torch.nn.functional as F


def mlp(gen):
    params = [torch.randn(784, 128, generator=gen) * 0.05, torch.zeros(128), torch.randn(128, 10, generator=gen) * 0.1, torch.zeros(10)]
    params = [p.requires_grad_() for p in params]
    x = torch.randn(64, 784, generator=gen)
    y = torch.randint(0, 10, (64,), generator=gen)

    def loss():
        h = torch.relu(x @ params[0] + params[1])
        return F.cross_entropy(h @ params[2] + params[3], y)

    return params, loss


def transformer(gen, vocab, d=64, heads=4, layers=2, T=64, B=16):
    dh = d // heads
    p = {"E": torch.randn(vocab, d, generator=gen) * 0.02, "P": torch.randn(T, d, generator=gen) * 0.02, "Wout": torch.randn(d, vocab, generator=gen) * 0.1}
    for l in range(layers):
        for w in ("q", "k", "v", "o"):
            p[f"W{w}{l}"] = torch.randn(d, d, generator=gen) / d ** 0.5
        p[f"W1_{l}"] = torch.randn(d, 4 * d, generator=gen) / d ** 0.5
        p[f"W2_{l}"] = torch.randn(4 * d, d, generator=gen) / (4 * d) ** 0.5
    for v in p.values():
        v.requires_grad_()
    x = torch.randint(0, vocab, (B, T), generator=gen)
    y = torch.randint(0, vocab, (B, T), generator=gen)
    mask = torch.triu(torch.full((T, T), -1e9), diagonal=1)
    norm = lambda h: F.layer_norm(h, (d,))

    def split(t):
        return t.view(B, T, heads, dh).transpose(1, 2)

    def loss():
        h = p["E"][x] + p["P"]
        for l in range(layers):
            a = norm(h)
            q, k, v = split(a @ p[f"Wq{l}"]), split(a @ p[f"Wk{l}"]), split(a @ p[f"Wv{l}"])
            att = torch.softmax(q @ k.transpose(-1, -2) / dh ** 0.5 + mask, dim=-1) @ v
            h = h + att.transpose(1, 2).reshape(B, T, d) @ p[f"Wo{l}"]
            h = h + torch.relu(norm(h) @ p[f"W1_{l}"]) @ p[f"W2_{l}"]
        return F.cross_entropy((norm(h) @ p["Wout"]).view(B * T, vocab), y.view(B * T))

    return list(p.values()), loss


def build(model, threads, vocab):
    torch.set_num_threads(threads)
    gen = torch.Generator().manual_seed(0)
    params, loss = mlp(gen) if model == "mlp" else transformer(gen, vocab)
    opt = torch.optim.Adam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8)

    def step():
        opt.zero_grad(set_to_none=True)
        l = loss()
        l.backward()
        opt.step()
        return l.item()  # a host read-back per step, as the tfjs harness does

    for _ in range(20):
        step()
    return step


def blas():
    """The BLAS library this process mapped (Debian's libblas3 is the slow reference BLAS; openblas is what counts)."""
    try:
        with open("/proc/self/maps") as f:
            libs = {line.split()[-1].rsplit("/", 1)[-1] for line in f if "blas" in line.lower()}
    except OSError:
        return "unknown"
    return ", ".join(sorted(libs)) or "none mapped"


def timed(step, seconds):
    steps, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for _ in range(10):
            step()
        steps += 10
    return steps / (time.perf_counter() - t0)


def gemm(m, k, n, threads, seconds):
    torch.set_num_threads(threads)
    gen = torch.Generator().manual_seed(0)
    x, w = torch.randn(m, k, generator=gen), torch.randn(k, n, generator=gen)
    for _ in range(10):
        x @ w
    reps, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for _ in range(10):
            x @ w
        reps += 10
    return 2 * m * k * n * reps / (time.perf_counter() - t0) / 1e9


def main():
    if sys.argv[1] == "gemm":
        m, k, n, threads = (int(a) for a in sys.argv[2:6])
        seconds = float(sys.argv[6])
        print(json.dumps({"gflops": gemm(m, k, n, threads, seconds), "torch": torch.__version__, "blas": blas()}))
        return
    if sys.argv[1] == "serve":
        model, threads, vocab = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
        step = build(model, threads, vocab)
        print(json.dumps({"ready": True, "torch": torch.__version__, "blas": blas()}), flush=True)
        for line in sys.stdin:
            rate = timed(step, float(line))
            print(json.dumps({"model": model, "threads": threads, "steps_per_s": rate}), flush=True)
        return
    model, threads, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    vocab = int(sys.argv[4]) if len(sys.argv) > 4 else 80
    step = build(model, threads, vocab)
    rate = timed(step, seconds)
    print(json.dumps({"model": model, "threads": threads, "steps_per_s": rate, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
