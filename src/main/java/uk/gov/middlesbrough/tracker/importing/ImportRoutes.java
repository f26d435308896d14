package uk.gov.middlesbrough.tracker.importing;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * The routes of every import, registered for each {@link ImportKind} under its path, so a feature adds an import
 * without a controller of its own: {@code GET path} (the page), {@code POST path} (upload and check),
 * {@code GET path/{batchId}} (preview), {@code POST path/{batchId}/confirm} and {@code GET path/template.csv}. They
 * are ordinary request mappings, so the URL rules, CSRF and the authorization matrix see them as any other route.
 */
@Component
class ImportRoutes implements SmartInitializingSingleton {

	private final List<ImportKind<?>> kinds;
	private final ImportPages pages;
	private final RequestMappingHandlerMapping mapping;

	ImportRoutes(List<ImportKind<?>> kinds, ImportPages pages,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
		this.kinds = kinds;
		this.pages = pages;
		this.mapping = mapping;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (ImportKind<?> kind : kinds) {
			KindRoutes routes = new KindRoutes(kind, pages);
			String path = kind.spec().path();
			register(path, RequestMethod.GET, routes, "page", String.class, SignedInUser.class, Model.class);
			register(path, RequestMethod.POST, routes, "upload", MultipartFile.class, SignedInUser.class, Model.class);
			register(path + "/{batchId}", RequestMethod.GET, routes, "preview", long.class, SignedInUser.class, Model.class,
					RedirectAttributes.class);
			register(path + "/{batchId}/confirm", RequestMethod.POST, routes, "confirm", long.class, SignedInUser.class,
					Model.class, RedirectAttributes.class);
			register(path + "/template.csv", RequestMethod.GET, routes, "template", SignedInUser.class);
		}
	}

	private void register(String path, RequestMethod method, KindRoutes routes, String name, Class<?>... parameters) {
		Method handler = ReflectionUtils.findMethod(KindRoutes.class, name, parameters);
		mapping.registerMapping(RequestMappingInfo.paths(path).methods(method).options(mapping.getBuilderConfiguration())
				.build(), routes, handler);
	}

	/** One kind's handlers: each passes the signed-in user to the shared pages. */
	static final class KindRoutes {

		private final ImportKind<?> kind;
		private final ImportPages pages;

		KindRoutes(ImportKind<?> kind, ImportPages pages) {
			this.kind = kind;
			this.pages = pages;
		}

		public String page(@RequestParam(name = ImportPages.TOO_LARGE, required = false) String tooLarge,
				@AuthenticationPrincipal SignedInUser user, Model model) {
			return pages.page(kind, user, tooLarge != null, model);
		}

		public String upload(@RequestParam(name = "file", required = false) MultipartFile file,
				@AuthenticationPrincipal SignedInUser user, Model model) throws IOException {
			return pages.upload(kind, user, file, model);
		}

		public String preview(@PathVariable("batchId") long batchId, @AuthenticationPrincipal SignedInUser user, Model model,
				RedirectAttributes redirect) {
			return pages.preview(kind, user, batchId, model, redirect);
		}

		public String confirm(@PathVariable("batchId") long batchId, @AuthenticationPrincipal SignedInUser user, Model model,
				RedirectAttributes redirect) {
			return pages.confirm(kind, user, batchId, model, redirect);
		}

		public ResponseEntity<byte[]> template(@AuthenticationPrincipal SignedInUser user) {
			return pages.template(kind, user);
		}
	}
}
