# PageRank of the actors (GET /api/centrality, the same GDS projection as above) next to the
# actors with the most leverage over the EU, by channel (GET /api/influence).
ranking = pd.DataFrame(api("/api/centrality", algorithm="pagerank", limit=12)["ranking"])
influence = api("/api/influence", target="bloc:EU", limit=6)
terms = pd.DataFrame([{"actor": actor["name"], "channel": term["channel"], "contribution": term["contribution"]}
                      for actor in influence["ranking"] for term in actor["terms"]])
by_channel = terms.pivot_table(index="actor", columns="channel", values="contribution", aggfunc="sum").fillna(0)
by_channel = by_channel.loc[[actor["name"] for actor in influence["ranking"]]][::-1]

fig, (left, right) = plt.subplots(1, 2, figsize=(14, 4.5))
ranking.set_index("name")["score"][::-1].plot.barh(ax=left, color="#2e86c1")
left.set_xlabel("PageRank")
left.set_title("Centrality in the actor network")
by_channel.plot.barh(stacked=True, ax=right, colormap="Set2")
right.set_xlabel("influence score (sum of its terms)")
right.set_title("Leverage over the European Union, by channel")
plt.tight_layout()
plt.show()

state("PageRank, first three", ", ".join(ranking["name"].head(3)))
for actor in influence["ranking"]:
    state(f"leverage over the EU: {actor['name']}", f"{actor['score']:.3f}")
