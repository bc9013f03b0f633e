import type { SearchService } from './search-service';
import type { SearchRequest, SearchResponse } from './worker-messages';

/** The worker's whole protocol: one response per request, with the request's id; never a thrown error. */
export async function answerSearchRequest(service: SearchService, request: SearchRequest): Promise<SearchResponse> {
  try {
    if (request.type === 'load') {
      const { failedUrls } = await service.load(request.indexUrls);
      return { id: request.id, type: 'loaded', failedUrls };
    }
    const outcome = await service.search(request.indexUrls, request.query, request.limit, request.offset);
    return { id: request.id, type: 'results', outcome };
  } catch {
    return { id: request.id, type: 'failed' };
  }
}
