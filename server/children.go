package server

import (
	"context"
	"fmt"

	"github.com/vikstrous/dataloadgen"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/server/model"
)

// children loads one parent's page of a child connection through l, the
// loader that batches that connection across every parent of the level.
// what names the connection in errors ("mentions of").
func children[P, T any](ctx context.Context, what string, l *dataloadgen.Loader[argKey[graph.Page], P], id string, first *int, after *string, items func(P) ([]T, graph.PageInfo)) (*model.Connection[T], error) {
	w, p, err := pageArgs(first, after)
	if err != nil {
		return nil, err
	}
	page, err := l.Load(ctx, argKey[graph.Page]{id: id, args: p})
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", what, id, err)
	}
	list, info := items(page)
	return connect(w, list, info), nil
}

// relationsOf is the relations connection of an entity or event.
func relationsOf(ctx context.Context, id string, direction *graph.Direction, types []graph.RelationType, modalities []graph.Modality, first *int, after *string) (*model.Connection[graph.Relation], error) {
	w, p, err := pageArgs(first, after)
	if err != nil {
		return nil, err
	}
	args := relationArgs{direction: graph.Both, types: join(types), modalities: join(modalities), page: p}
	if direction != nil {
		args.direction = *direction
	}
	page, err := loadersFrom(ctx).relationsOf.Load(ctx, argKey[relationArgs]{id: id, args: args})
	if err != nil {
		return nil, fmt.Errorf("relations of %s: %w", id, err)
	}
	return connect(w, page.Relations, page.PageInfo), nil
}

// The item functions take the list and page summary out of a store page,
// for children.

func mentionItems(p graph.MentionPage) ([]graph.Mention, graph.PageInfo) {
	return p.Mentions, p.PageInfo
}

func reportItems(p graph.EventReportPage) ([]graph.EventReport, graph.PageInfo) {
	return p.Reports, p.PageInfo
}

func claimItems(p graph.ClaimPage) ([]graph.Claim, graph.PageInfo) {
	return p.Claims, p.PageInfo
}

func articleItems(p graph.ArticlePage) ([]graph.Article, graph.PageInfo) {
	return p.Articles, p.PageInfo
}

func eventItems(p graph.EventPage) ([]graph.Event, graph.PageInfo) {
	return p.Events, p.PageInfo
}

func relationItems(p graph.RelationPage) ([]graph.Relation, graph.PageInfo) {
	return p.Relations, p.PageInfo
}
