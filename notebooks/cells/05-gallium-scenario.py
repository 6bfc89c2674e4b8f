# Lodestone's what-if (POST /api/scenarios, computed on a copy: the graph is not written): China
# stops all gallium exports. Exposure of each importer before and after, and China's leverage.
scenario = {"targets": ["bloc:EU", "country:DE", "country:JP"],
            "changes": [{"type": "restrict-exports", "actor": "country:CN", "resource": "mineral:gallium"}]}
response = requests.post(f"{LODESTONE_URL}/api/scenarios", json=scenario, timeout=300)
response.raise_for_status()
answer = response.json()
exposure = pd.DataFrame([{"importer": t["target"]["name"], "before": t["before"]["exposure"],
                          "after": t["after"]["exposure"]} for t in answer["targets"]]).set_index("importer")
leverage = pd.DataFrame([{"over": t["target"]["name"], "before": i["before"], "after": i["after"]}
                         for t in answer["targets"] for i in t["diff"]["influence"] if i["id"] == "country:CN"]).set_index("over")

fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4))
exposure.plot.bar(ax=left, rot=0, color=["#7f8c8d", "#c0392b"])
left.set_ylim(0, 1)
left.set_ylabel("exposure (share from China × restriction)")
left.set_title("Gallium exposure if China stops exports")
leverage.plot.bar(ax=right, rot=0, color=["#7f8c8d", "#c0392b"])
right.set_ylabel("China's influence score")
right.set_title("China's leverage over each (gallium)")
plt.tight_layout()
plt.show()

print(answer["note"])
for t in answer["targets"]:
    state(f"{t['target']['name']} exposure", f"{t['before']['exposure']:.3f} → {t['after']['exposure']:.3f}")
for over, row in leverage.iterrows():
    state(f"China's leverage over {over}", f"{row['before']:.3f} → {row['after']:.3f}")
