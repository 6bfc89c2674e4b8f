# Lodestone's dependency analysis (GET /api/dependencies) for each resource: the EU's import
# reliance per supplier, and how concentrated world production is (HHI, 0-10,000).
resources = ["mineral:gallium", "mineral:tungsten", "mineral:rare-earths"]
answers = [api("/api/dependencies", actor="bloc:EU", resource=resource) for resource in resources]

reliance = pd.DataFrame([{"resource": a["resource"]["name"], "supplier": s["supplier"]["name"],
                          "share": s["share"], "as reported": s["valueText"]}
                         for a in answers for s in a["reliance"]["suppliers"]])
producers = pd.DataFrame([{"resource": a["resource"]["name"], "producer": p["producer"]["name"], "share": p["share"]}
                          for a in answers for p in a["concentration"]["producers"] if p["share"] is not None])
hhi = pd.Series({a["resource"]["name"]: a["concentration"]["hhi"] for a in answers})

fig, (left, middle, right) = plt.subplots(1, 3, figsize=(15, 5))
reliance.dropna(subset=["share"]).pivot_table(index="resource", columns="supplier", values="share") \
    .plot.barh(stacked=True, ax=left, colormap="tab10")
left.set_xlim(0, 1)
left.set_xlabel("share of the EU's supply")
left.set_title("EU import reliance by supplier")
left.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=3)
producers.pivot_table(index="resource", columns="producer", values="share") \
    .plot.barh(stacked=True, ax=middle, colormap="tab20")
middle.set_xlim(0, 1)
middle.set_xlabel("share of world production (reference year)")
middle.set_title("Who produces them")
middle.legend(fontsize=7, ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.18))
hhi.plot.bar(ax=right, color="#b03a2e", rot=0)
right.axhline(2500, color="grey", linestyle="--", label="2,500: highly concentrated")
right.set_ylim(0, 10000)
right.set_title("Production concentration (HHI, lower bound)")
right.legend(fontsize=8)
plt.tight_layout()
plt.show()

display(reliance)
# A supplier known only as part of a group total (e.g. Eurostat's combined 95% for rare earths)
# has no share of its own; saying so beats printing None.
def reported(s):
    if s["valueText"]:
        return s["valueText"]
    return f"{s['share']:.0%}" if s["share"] is not None else "(no share of its own)"


for a in answers:
    suppliers = ", ".join(f"{s['supplier']['name']} {reported(s)}" for s in a["reliance"]["suppliers"])
    state(f"{a['resource']['name']}: EU suppliers", suppliers)
    state(f"{a['resource']['name']}: HHI {a['concentration']['referenceYear']}", round(a["concentration"]["hhi"]))
