"""Karibu's models example against the `lifetimes` package (PyPI; benchmark tooling
only) on the same purchases drawn from known BG/NBD and Gamma-Gamma parameters: the
time each takes from the CSV to fitted parameters, and how close each comes to the
parameters the purchases were drawn from.

    python models_vs_lifetimes.py PURCHASES.csv CALIBRATION_END MODELS_BINARY

Prints one JSON object. Both read `customer_id,date,amount`; both use the CDNOW
conventions (same-day purchases are one, times in weeks as days / 7, spend the mean of
repeat days, Gamma-Gamma on repeat buyers).
"""

import json
import subprocess
import sys
import time

import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter
from lifetimes.utils import summary_data_from_transaction_data

# The parameters `models --simulate` draws from (examples/models.rs).
TRUTH = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426, "p": 6.25, "q": 3.74, "v": 15.44}


def karibu(binary, path, end):
    started = time.perf_counter()
    out = subprocess.run(
        [binary, path, "--calibration-end", end], capture_output=True, text=True, check=True
    )
    ms = (time.perf_counter() - started) * 1000
    fit = json.loads(out.stdout)
    params = dict(fit["bgnbd"])
    params.update(fit["gamma_gamma"] or {})
    return {"ms": ms, "customers": fit["customers"], "params": params}


def lifetimes_fit(path, end):
    started = time.perf_counter()
    purchases = pd.read_csv(path)
    # Same-day purchases are one transaction, spend summed, as Karibu does.
    purchases = purchases.groupby(["customer_id", "date"], as_index=False)["amount"].sum()
    summary = summary_data_from_transaction_data(
        purchases, "customer_id", "date", monetary_value_col="amount",
        observation_period_end=end, freq="D",
    )
    read_ms = (time.perf_counter() - started) * 1000
    bgf = BetaGeoFitter(penalizer_coef=0.0)
    bgf.fit(summary["frequency"], summary["recency"] / 7.0, summary["T"] / 7.0)
    repeat = summary[(summary["frequency"] > 0) & (summary["monetary_value"] > 0)]
    ggf = GammaGammaFitter(penalizer_coef=0.0)
    ggf.fit(repeat["frequency"], repeat["monetary_value"])
    ms = (time.perf_counter() - started) * 1000
    params = {k: float(v) for k, v in bgf.params_.items()}
    params.update({k: float(v) for k, v in ggf.params_.items()})
    return {"ms": ms, "read_ms": read_ms, "customers": int(len(summary)), "params": params}


def off_by(params):
    """Largest relative distance from the true parameters, in percent."""
    return max(abs(params[k] - v) / v * 100 for k, v in TRUTH.items())


def main():
    path, end, binary = sys.argv[1:4]
    ours = karibu(binary, path, end)
    theirs = lifetimes_fit(path, end)
    result = {
        "truth": TRUTH,
        "karibu": ours | {"worst_error_pct": off_by(ours["params"])},
        "lifetimes": theirs | {"worst_error_pct": off_by(theirs["params"])},
        "speedup": theirs["ms"] / ours["ms"],
        # The two fits are the same maximum: their parameters agree to this (percent).
        "parameters_differ_pct": max(
            abs(ours["params"][k] - theirs["params"][k]) / abs(theirs["params"][k]) * 100
            for k in TRUTH
        ),
    }
    customers = ours["customers"]
    print(f"models: {customers} customers, CSV to fitted BG/NBD + Gamma-Gamma: "
          f"Karibu {ours['ms']:.0f} ms vs lifetimes {theirs['ms']:.0f} ms "
          f"(Karibu {result['speedup']:.2f}x); fits agree within "
          f"{result['parameters_differ_pct']:.3f}%; worst distance from the true "
          f"parameters: Karibu {result['karibu']['worst_error_pct']:.1f}%, lifetimes "
          f"{result['lifetimes']['worst_error_pct']:.1f}%", file=sys.stderr)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
