import { describe, expect, it } from "vitest";
import { createCountGate } from "../../src/render/count-gate.ts";

describe("createCountGate", () => {
  it("lets each waiter go once the count reaches what it needs, and at once if it has", async () => {
    const gate = createCountGate();
    const order: number[] = [];
    const waiting = [gate.until(3).then(() => order.push(3)), gate.until(1).then(() => order.push(1))];
    gate.advance(2);
    await Promise.resolve();
    expect(order).toEqual([1]);
    gate.advance(5);
    await Promise.all(waiting);
    expect(order).toEqual([1, 3]);
    await expect(gate.until(4)).resolves.toBeUndefined();
  });

  it("fails every waiter, now and later, when nothing more will come", async () => {
    const gate = createCountGate();
    const early = gate.until(2);
    gate.fail(new Error("disk full"));
    await expect(early).rejects.toThrow("disk full");
    await expect(gate.until(1)).rejects.toThrow("disk full");
  });
});
