import { describe, expect, it } from "vitest";
import { createLoadGauge } from "../../../server/lib/load-gauge";

describe("load gauge", () => {
  it("counts what happened in the last second only", () => {
    let t = 1_000_000;
    const gauge = createLoadGauge(() => t);
    expect(gauge.perSecond()).toBe(0);
    gauge.mark();
    gauge.mark(4);
    expect(gauge.perSecond()).toBe(5);
    t += 500;
    gauge.mark(10);
    expect(gauge.perSecond()).toBe(15);
    t += 600; // the first five are now 1.1 s old
    expect(gauge.perSecond()).toBe(10);
    t += 500;
    expect(gauge.perSecond()).toBe(0);
  });

  it("forgets everything after a long quiet spell, and counts anew", () => {
    let t = 0;
    const gauge = createLoadGauge(() => t);
    for (let i = 0; i < 100; i++) {
      t = i * 10;
      gauge.mark();
    }
    expect(gauge.perSecond()).toBe(100);
    t += 3_600_000;
    expect(gauge.perSecond()).toBe(0);
    gauge.mark(3);
    expect(gauge.perSecond()).toBe(3);
  });

  it("does not count backwards when the clock steps back", () => {
    let t = 10_000;
    const gauge = createLoadGauge(() => t);
    gauge.mark(2);
    t -= 5_000;
    gauge.mark(1);
    expect(gauge.perSecond()).toBe(3);
  });
});
