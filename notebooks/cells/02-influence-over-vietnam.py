# Lodestone's influence ranking (GET /api/influence): who has leverage over Vietnam, and through
# which channel; each bar adds up the terms of one actor's score (definitions: docs/influence.md).
answer = api("/api/influence", target="country:VN", limit=8)
terms = pd.DataFrame([{"actor": actor["name"], "channel": term["channel"], "contribution": term["contribution"]}
                      for actor in answer["ranking"] for term in actor["terms"]])
by_channel = terms.pivot_table(index="actor", columns="channel", values="contribution", aggfunc="sum").fillna(0)
by_channel = by_channel.loc[[actor["name"] for actor in answer["ranking"]]][::-1]

ax = by_channel.plot.barh(stacked=True, figsize=(9, 4.5), colormap="Set2")
ax.set_xlabel("influence score (sum of its terms)")
ax.set_title("Leverage over Vietnam, by channel")
plt.tight_layout()
plt.show()

for actor in answer["ranking"]:
    state(actor["name"], f"{actor['score']:.3f} ({len(actor['terms'])} terms)")
